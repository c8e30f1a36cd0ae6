// Words the background puts in a batch's progress for the Bulk send page to show.
export const words = {
  passwordsLost: 'The browser restarted and the passwords of the rows still to send were not kept. Enter them again, or generate new ones, to resume.',
} as const;
