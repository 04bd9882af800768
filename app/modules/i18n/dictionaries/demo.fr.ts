// French: the words every page shows in demo mode (app/components/site-layout.tsx). English mirrors it in demo.en.ts.
export const demoFr = {
  label: "Démonstration",
  banner: "Ceci est une démonstration : les comptes et les missions sont fictifs, n’y mettez pas de vraies données.",
};
