// French: why a mission suits a candidate, or not, in plain words (app/modules/matching/describe.ts fills them in).
// One sentence per reason code and reader: the candidate ("vous") and the recruiter (about the candidate, "vous" for
// the employer). `seeks.cause` has two, as the employer's sector or its purpose shows the cause. English mirrors it.
export const matchReasonsFr = {
  candidate: {
    schedule: {
      overlap: "Vous êtes libre {slots}, quand cette mission a besoin de vous",
      none: "Vous n’êtes libre à aucun des moments où cette mission a besoin de vous",
    },
    hours: {
      fit: "{hours} par semaine; vous pouvez en donner jusqu’à {personMax}",
      "above-max": "Au moins {missionMin} h par semaine, plus que les {personMax} h que vous pouvez donner",
    },
    season: {
      clear: "Cette mission a lieu en dehors des mois où vous êtes ailleurs",
      away: "Vous avez indiqué être ailleurs en {months}, pendant cette mission",
    },
    distance: {
      within: "À {km} km de chez vous; vous avez indiqué jusqu’à {maxKm} km",
      beyond: "À {km} km de chez vous, au-delà des {maxKm} km que vous avez indiqués",
    },
    language: {
      "required-spoken": "Vous parlez {language}, exigé pour cette mission",
      "required-basic": "{languageWithArticle} est exigé; vous l’avez indiqué au niveau de base",
      "required-missing": "{languageWithArticle} est exigé et vous ne l’avez pas indiqué",
      "optional-spoken": "Vous parlez {language}, un atout pour cette mission",
    },
    skills: {
      match: "Vos compétences répondent à ce que demande la mission : {skills}",
      none: "Votre profil ne parle pas encore de ce que demande la mission : {skills}",
    },
    experience: { match: "Votre expérience compte ici : {field} ({band})" },
    posture: {
      preferred: "{demand}, comme vous le préférez",
      "seated-options": "{demand}, mais l’employeur offre de quoi s’asseoir",
      "not-preferred": "{demand}, alors que vous préférez {preference}",
    },
    lifting: {
      within: "Charges d’au plus {kg} kg, dans votre limite de {maxKg} kg",
      "above-max": "Charges jusqu’à {kg} kg, au-delà des {maxKg} kg que vous avez indiqués",
    },
    seeks: {
      company: "Vous cherchez du contact humain, et cet employeur cite parmi ses valeurs : {words}",
      "know-how": "Vous voulez transmettre votre savoir-faire, et cet employeur s’engage {commitment}",
      income: "Vous cherchez un revenu : jusqu’à {pay} de l’heure",
      cause: {
        sector: "Vous voulez servir une cause, et cet employeur œuvre dans {sector}",
        purpose: "Vous voulez servir une cause, et la raison d’être de cet employeur en témoigne : {words}",
      },
    },
    sector: {
      chosen: "Dans un secteur qui vous intéresse : {sector}",
      "not-chosen": "Hors des secteurs que vous avez choisis : {sector}",
    },
  },
  recruiter: {
    schedule: {
      overlap: "Libre {slots}, quand la mission en a besoin",
      none: "Jamais libre quand la mission en a besoin",
    },
    hours: {
      fit: "{hours} par semaine; peut en donner jusqu’à {personMax}",
      "above-max": "Au moins {missionMin} h par semaine, plus que ses {personMax} h",
    },
    season: {
      clear: "La mission a lieu en dehors de ses absences",
      away: "Absence indiquée en {months}, pendant la mission",
    },
    distance: {
      within: "À {km} km; se déplace jusqu’à {maxKm} km",
      beyond: "À {km} km, au-delà des {maxKm} km indiqués",
    },
    language: {
      "required-spoken": "Parle {language}, exigé",
      "required-basic": "{language} exigé, niveau de base indiqué",
      "required-missing": "{language} exigé, non indiqué",
      "optional-spoken": "Parle {language}, un atout",
    },
    skills: {
      match: "A les compétences demandées : {skills}",
      none: "Compétences demandées absentes du profil : {skills}",
    },
    experience: { match: "Expérience utile : {field} ({band})" },
    posture: {
      preferred: "{demand}, comme la personne le préfère",
      "seated-options": "{demand}; préfère s’asseoir, ce que vous permettez",
      "not-preferred": "{demand}, alors que la personne préfère {preference}",
    },
    lifting: {
      within: "Charges d’au plus {kg} kg, dans sa limite de {maxKg} kg",
      "above-max": "Charges jusqu’à {kg} kg, au-delà de sa limite de {maxKg} kg",
    },
    seeks: {
      company: "Cherche du contact humain; vos valeurs citent : {words}",
      "know-how": "Veut transmettre son savoir-faire; vous vous engagez {commitment}",
      income: "Cherche un revenu; jusqu’à {pay} de l’heure",
      cause: {
        sector: "Veut servir une cause; vous œuvrez dans {sector}",
        purpose: "Veut servir une cause; votre raison d’être en témoigne : {words}",
      },
    },
    sector: {
      chosen: "Secteur qui l’intéresse : {sector}",
      "not-chosen": "Hors de ses secteurs d’intérêt : {sector}",
    },
  },
  /** A mission's hours a week, at the start of a sentence. */
  hours: { one: "{number} h", range: "De {min} à {max} h" },
  /** A language's name as the subject of a sentence: "le français", "l’anglais" (every language name is masculine). */
  languageWithArticle: { vowel: "l’{language}", consonant: "le {language}" },
  demand: { seated: "Travail en position assise", standing: "Travail debout", mixed: "Travail en partie debout" },
  /** What the person prefers, said to them (`you`) or to the recruiter (`them`). */
  preference: {
    you: { seated: "la position assise", standing: "la position debout" },
    them: { seated: "la position assise", standing: "la position debout" },
  },
  commitment: { mentoring: "au mentorat", training: "à la formation" },
  bands: {
    "under-2": "moins de 2 ans",
    "2-5": "2 à 5 ans",
    "5-10": "5 à 10 ans",
    "10-15": "10 à 15 ans",
    "15-plus": "15 ans et plus",
  },
  /** As they read inside a sentence ("dans la culture"). */
  sectors: {
    retail: "le commerce de détail",
    culture: "la culture",
    tourism: "le tourisme",
    finance: "la finance",
    health: "la santé",
    food: "l’alimentation",
    "sports-leisure": "les sports et loisirs",
    community: "le milieu communautaire",
    hospitality: "l’hôtellerie",
  },
  /**
   * Free times: "le mardi et le jeudi matin", "le samedi après-midi", "en semaine le matin", "le lundi toute la
   * journée". Groups are joined with commas and `and`, since a group may hold its own "et".
   */
  slots: {
    day: {
      monday: "le lundi",
      tuesday: "le mardi",
      wednesday: "le mercredi",
      thursday: "le jeudi",
      friday: "le vendredi",
      saturday: "le samedi",
      sunday: "le dimanche",
    },
    /** after the days: "le mardi matin" */
    partAfterDays: { morning: "matin", afternoon: "après-midi", evening: "soir" },
    /** after "en semaine" or "la fin de semaine" */
    partAfterSpan: { morning: "le matin", afternoon: "l’après-midi", evening: "le soir" },
    /** after "tous les jours" */
    partEveryDay: { morning: "le matin", afternoon: "l’après-midi", evening: "le soir" },
    daysAllDay: "{days} toute la journée",
    daysParts: "{days} {parts}",
    spanAllDay: {
      weekdays: "en semaine toute la journée",
      weekend: "la fin de semaine toute la journée",
      week: "tous les jours toute la journée",
    },
    spanParts: { weekdays: "en semaine {parts}", weekend: "la fin de semaine {parts}", week: "tous les jours {parts}" },
    and: "et",
  },
};
