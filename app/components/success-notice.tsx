// The notice that something was saved or sent, announced politely to screen readers.
import type { ReactNode } from "react";

/** A confirmation that something was saved or sent, announced politely to screen readers. */
export function SuccessNotice({ children, className = "mt-6" }: { children: ReactNode; className?: string }) {
  return (
    <p className={`${className} notice-success`} role="status">
      {children}
    </p>
  );
}
