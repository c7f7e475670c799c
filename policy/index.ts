export * from "./cos-actions";
export * from "./document";
export * from "./resources";
export * from "./transfer-policy";
export * from "./key-prefix";
export * from "./content-type";
export * from "./key-mode";
export * from "./origin";
