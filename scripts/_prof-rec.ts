import { catalog } from "@/data/catalog";
import { recommend } from "@/lib/recommender/recommend";
import { EXAMPLE_PROFILE } from "@/lib/profile/example-profile";
const p = { ...EXAMPLE_PROFILE };
for (let i = 0; i < 3000; i++) recommend(p, catalog);
const t = performance.now(); const N = 20000;
for (let i = 0; i < N; i++) recommend(p, catalog);
console.log(((performance.now() - t) / N * 1000).toFixed(1), "µs/call");
