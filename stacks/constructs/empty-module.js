// Stands in for packages a bundle's dependencies import but never run (see FunctionCode's `unusedModules`).
module.exports = {};
