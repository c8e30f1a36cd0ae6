// A message with elements inside it (a name in bold, a redirect URI as code): the whole sentence is
// one message, so translators can move the element where their language puts it.
import { Fragment, type ComponentChildren } from 'preact';
import { t, type MessageKey } from '../shared/i18n';

// Private-use characters: never in a message, never typed by a user into one of ours.
const OPEN = '\u{E000}';
const CLOSE = '\u{E001}';
const SLOT = new RegExp(`${OPEN}(\\d)${CLOSE}`, 'u');

/** `t(key, …)` with each substitution a node: `tNodes('connectedAs', <strong>{name}</strong>, login)`. */
export function tNodes(key: MessageKey, ...nodes: ComponentChildren[]): ComponentChildren {
  const format = t as (key: MessageKey, ...substitutions: string[]) => string;
  const text = format(key, ...nodes.map((_, index) => `${OPEN}${index}${CLOSE}`));
  const parts = text.split(SLOT);
  return parts.map((part, index) => <Fragment key={index}>{index % 2 === 0 ? part : nodes[Number(part)]}</Fragment>);
}
