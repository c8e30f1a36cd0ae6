// A message the user must notice, announced by screen readers as soon as it appears; nothing when empty.
export function ErrorAlert({ message }: { message: string | null | undefined }) {
  if (!message) return null;
  return (
    <p class="error" role="alert">
      {message}
    </p>
  );
}
