import { memo, type ComponentType } from "react";
import type { Language } from "./chooseLanguage";
import { useLanguage } from "./LocaleProvider";

/**
 * React's memo for a component that shows words: it renders again when its props change and when the language
 * does (memo alone would keep its words in the old language). Lint sends every memo here, so that no memoized
 * component has to remember to subscribe.
 */
export function memoInLanguage<P extends object>(Component: ComponentType<P>): ComponentType<P> {
  // The language is one more prop for memo to compare; the component itself never reads it.
  const Memoized = memo(Component as ComponentType<P & { language: Language }>);
  function InLanguage(props: P) {
    return <Memoized {...props} language={useLanguage()} />;
  }
  InLanguage.displayName = `InLanguage(${Component.displayName ?? Component.name})`;
  return InLanguage;
}
