import type { TestElement } from '@angular/cdk/testing';

/** Replaces the text of an input or a textarea, as a customer typing would (internal). */
export async function typeInto(element: TestElement, value: string): Promise<void> {
  await element.clear();
  if (value !== '') await element.sendKeys(value);
}

/**
 * The element of `elements` whose text is `which`, or at index `which` (internal). The error
 * names what was asked and what there is, so a failing test says what the widget showed.
 */
export async function pickOne(
  elements: readonly TestElement[],
  which: string | number,
  kind: string,
): Promise<TestElement> {
  if (typeof which === 'number') {
    const element = elements[which];
    if (!element) throw new Error(`No ${kind} at index ${which}; there are ${elements.length}.`);
    return element;
  }
  const texts = await Promise.all(elements.map((element) => element.text()));
  const index = texts.indexOf(which);
  if (index < 0) throw new Error(`No ${kind} "${which}"; there are: ${texts.join(', ')}.`);
  return elements[index] as TestElement;
}
