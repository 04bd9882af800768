// The dashboard's careers widget section (docs/decisions/0030-feeds-and-widget.md): the snippet an owner copies onto
// their own website, in a read-only box whose one click selects it all (no script needed), a copy button once the
// page runs scripts, and a link to see the widget itself.
import { useRef, useState, useSyncExternalStore } from "react";

const noSubscription = () => () => {};

/** dictionaries/feeds-server.*.ts `snippet`, translated by the loader */
type SnippetTexts = Record<"title" | "intro" | "label" | "howToCopy" | "copy" | "copied" | "preview", string>;

// its texts come translated with the loader's data: only owners see it, so every page's dictionary need not carry them
export function CareersWidgetSnippet({
  snippet,
  previewHref,
  texts,
}: {
  snippet: string;
  previewHref: string;
  texts: SnippetTexts;
}) {
  const box = useRef<HTMLTextAreaElement>(null);
  // false in the server's HTML and with JavaScript off: the button only shows where it can work
  const scripted = useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
  const [copied, setCopied] = useState(false);
  async function copy() {
    box.current?.select();
    try {
      await navigator.clipboard.writeText(snippet);
    } catch {
      // the text stays selected: Ctrl+C copies it
    }
    setCopied(true);
  }
  return (
    <section aria-labelledby="careers-widget-title" className="mt-8">
      <h2 id="careers-widget-title">{texts.title}</h2>
      <p className="mt-2 max-w-2xl">{texts.intro}</p>
      <div className="field mt-4">
        <label htmlFor="careers-widget-code" className="field-label">
          {texts.label}
        </label>
        <p id="careers-widget-how" className="field-hint">
          {texts.howToCopy}
        </p>
        <textarea
          ref={box}
          id="careers-widget-code"
          readOnly
          rows={4}
          value={snippet}
          aria-describedby="careers-widget-how"
          className="field-input max-w-2xl select-all font-mono"
          onFocus={(event) => event.currentTarget.select()}
        />
      </div>
      {scripted ? (
        <p className="mt-2">
          <button type="button" className="button" onClick={copy}>
            {texts.copy}
          </button>{" "}
          <span role="status">{copied ? texts.copied : ""}</span>
        </p>
      ) : null}
      <p className="mt-2">
        <a href={previewHref} className="link inline-block py-2">
          {texts.preview}
        </a>
      </p>
    </section>
  );
}
