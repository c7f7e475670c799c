/**
 * The regions where COS buckets can be created, by region id.
 *
 * Source: Tencent Cloud, COS "地域和访问域名" (Regions and Access Endpoints),
 * https://cloud.tencent.com/document/product/436/6224 (English: https://www.tencentcloud.com/document/product/436/6224).
 * In the page's order. The financial regions (`-fsi`) need a separate application; `ap-beijing-1` (Beijing Zone 1)
 * takes no new buckets and is accepted for the buckets that live there.
 * When Tencent opens a region, add it here; a region COS does not offer fails at deploy otherwise, long after synth.
 */
export const COS_REGIONS = [
  // Chinese mainland
  "ap-beijing-1",
  "ap-beijing",
  "ap-nanjing",
  "ap-shanghai",
  "ap-guangzhou",
  "ap-chengdu",
  "ap-chongqing",
  // Financial zones
  "ap-shenzhen-fsi",
  "ap-shanghai-fsi",
  "ap-beijing-fsi",
  // Hong Kong (China) and other countries and regions
  "ap-hongkong",
  "ap-singapore",
  "ap-jakarta",
  "ap-seoul",
  "ap-bangkok",
  "ap-tokyo",
  "me-saudi-arabia",
  "na-siliconvalley",
  "na-ashburn",
  "sa-saopaulo",
  "eu-frankfurt",
] as const;

/** A COS region id. */
export type CosRegion = (typeof COS_REGIONS)[number];
