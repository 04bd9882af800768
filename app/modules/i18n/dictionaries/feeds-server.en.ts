// English mirror of feeds-server.fr.ts.
import type { feedsServerFr } from "./feeds-server.fr";

export const feedsServerEn: typeof feedsServerFr = {
  searchTitle: "Chevronné missions",
  searchTitleFiltered: "Chevronné missions: {search}",
  searchDescription: "New missions for this search, newest first.",
  withinKm: "within {km} km",
  employerTitle: "Open missions at {name} · Chevronné",
  employerDescription: "The missions {name} offers on Chevronné right now.",
  entryPlace: "Place: {town}",
  entryEmployer: "Employer: {name}",
  linkTitle: "Atom feed of this page",
  widget: {
    title: "Missions at {name}",
    none: "No open missions right now.",
    place: "Place: {town}",
    hours: "{min} to {max} hours a week",
    seeAll: "All our missions on Chevronné",
    opensElsewhere: "(opens in a new tab)",
  },
  frameTitle: "Missions at {name} on Chevronné",
  snippet: {
    title: "Your missions on your own website",
    intro:
      "You can show your open missions on your organisation’s website. Copy the code below and give it to whoever looks after your site: it shows the current list of your missions, and each one leads to its page on Chevronné.",
    label: "Code to copy",
    howToCopy: "One click in the box selects all the code. Then copy it with Ctrl+C (or Cmd+C on a Mac).",
    copy: "Copy the code",
    copied: "Code copied.",
    preview: "See what the list shows",
  },
};
