// Words in another language than the page's (issue 13, item 8): a French mission title on an English page, an English
// organisation's texts on a French one. Marked with `lang` so screen readers pronounce them in their own language,
// and only when they differ from the page's (the page's own `<html lang>` covers the rest).
import { Fragment, type ReactNode } from "react";
import { isLocale } from "~/modules/i18n/locales";
import { useI18n } from "~/modules/i18n/use-i18n";

/** `lang` for an element holding a text written in `contentLocale`: undefined when it is the page's language. */
export function useOtherLanguage(): (contentLocale: string | null | undefined) => string | undefined {
  const { locale } = useI18n();
  return (contentLocale) =>
    contentLocale && isLocale(contentLocale) && contentLocale !== locale ? contentLocale : undefined;
}

/** `children` written in `lang`: a span (or `as`) carrying `lang` when it differs from the page's language. */
export function InLanguage({
  lang,
  as: Tag = "span",
  className,
  children,
}: {
  lang: string | null | undefined;
  as?: "span" | "div" | "p";
  className?: string;
  children: ReactNode;
}) {
  const other = useOtherLanguage()(lang);
  if (!other && !className && Tag === "span") return <>{children}</>;
  return (
    <Tag lang={other} className={className}>
      {children}
    </Tag>
  );
}

/**
 * A translated sentence whose `{name}` placeholders are filled with elements (`t(key)` leaves the ones it was not
 * given): "Mission : {mission}, chez {employer}." with the mission's title in its own language.
 */
export function Sentence({ text, parts }: { text: string; parts: Record<string, ReactNode> }) {
  const pieces = text.split(/(\{\w+\})/);
  return (
    <>
      {pieces.map((piece, index) => {
        const name = /^\{(\w+)\}$/.exec(piece)?.[1];
        return <Fragment key={index}>{name !== undefined && name in parts ? parts[name] : piece}</Fragment>;
      })}
    </>
  );
}
