// Dragging a card to another column with a mouse: an enhancement over the card's "Déplacer" link. A drop submits
// the move page's first step (GET, the chosen stage) exactly as the link and its form would, so the recruiter
// still sees the stage's email before anything happens. Until the page is hydrated nothing is draggable; keyboard
// and screen-reader users keep the link.
import { useState, useSyncExternalStore, type DragEvent, type ReactNode } from "react";
import { useSubmit } from "@remix-run/react";

const cardType = "application/x-chevronne-card";

const noSubscription = () => () => {};

/** False in the server's HTML and while hydrating, true once React runs in the browser. */
function useHydrated() {
  return useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
}

export function DraggableCard({
  applicationId,
  stage,
  movable,
  className,
  children,
}: {
  applicationId: string;
  stage: string;
  movable: boolean;
  className: string;
  children: ReactNode;
}) {
  const hydrated = useHydrated();
  const draggable = hydrated && movable;
  return (
    <li
      className={`${className} ${draggable ? "cursor-grab" : ""}`}
      draggable={draggable || undefined}
      data-application={applicationId}
      onDragStart={(event: DragEvent<HTMLLIElement>) => {
        event.dataTransfer.setData(cardType, JSON.stringify({ applicationId, stage }));
        event.dataTransfer.effectAllowed = "move";
      }}
    >
      {children}
    </li>
  );
}

export function DropColumn({
  stage,
  back,
  labelledBy,
  children,
}: {
  stage: string;
  back: string;
  labelledBy: string;
  children: ReactNode;
}) {
  const submit = useSubmit();
  const [over, setOver] = useState(false);
  const accepts = (event: DragEvent) => event.dataTransfer.types.includes(cardType) && stage !== "withdrawn";
  return (
    <section
      aria-labelledby={labelledBy}
      data-stage={stage}
      className={`rounded-xl border-2 bg-white p-4 ${over ? "border-brand border-dashed" : "border-rule"}`}
      onDragOver={(event) => {
        if (!accepts(event)) return;
        event.preventDefault();
        event.dataTransfer.dropEffect = "move";
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={(event) => {
        setOver(false);
        if (!accepts(event)) return;
        event.preventDefault();
        const card = JSON.parse(event.dataTransfer.getData(cardType)) as { applicationId: string; stage: string };
        if (card.stage === stage) return;
        submit({ to: stage, back }, { method: "get", action: `/employer/applications/${card.applicationId}/move` });
      }}
    >
      {children}
    </section>
  );
}
