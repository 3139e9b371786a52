/**
 * Characters that can steer a terminal or reorder what it shows: C0 controls but tab and line
 * feed (ESC starts escape sequences: colours, clearing the screen, setting the window title),
 * DEL, C1 controls (0x9b is a one-byte CSI), and the Unicode bidirectional overrides and
 * isolates ("Trojan Source"). A carriage return is kept only before a line feed (CRLF in CSV).
 */
const UNSAFE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]|\r(?!\n)/g;

/**
 * The one sanitiser for text the CLI prints: every character that could steer the terminal is
 * replaced by U+FFFD (visible, so nothing vanishes silently). Applied to everything written to
 * stdout and stderr by the real process streams (`processIo`), whatever the command, so titles,
 * labels, role names and file names alike never reach the terminal as control sequences. JSON
 * output is unaffected (JSON.stringify escapes these characters already).
 *
 * @example
 * ```ts
 * terminalText('Kort \u001b[2J'); // 'Kort \uFFFD[2J'
 * terminalText('a,b\r\n'); // 'a,b\r\n'
 * ```
 */
export function terminalText(text: string): string {
  return text.replace(UNSAFE, '\uFFFD');
}
