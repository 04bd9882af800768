// French: a new organisation's first steps on its dashboard, and the sector it must choose (issue 13, item 15;
// docs/decisions/0022-first-use-fixes.md). English mirrors it in first-steps.en.ts.
export const firstStepsFr = {
  title: "Vos premiers pas",
  intro:
    "Trois étapes pour que les candidats vous trouvent. Chacune est cochée une fois faite; la liste disparaît quand tout est fait.",
  progress: "{count} étape faite sur {total}|{count} étapes faites sur {total}",
  done: "Fait",
  toDo: "À faire",
  profile: "Présenter votre organisation : sa raison d’être et ses valeurs",
  mission: "Publier votre première mission",
  team: "Inviter une personne de votre équipe",
  chooseSector: "Choisissez un secteur",
};
