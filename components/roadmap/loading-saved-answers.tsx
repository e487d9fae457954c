/** What /roadmap shows until the answers saved on this device are read: the same on the server and at hydration. */
export function LoadingSavedAnswers() {
  return (
    <div className="prose">
      <h1>Your roadmap</h1>
      <p role="status">Loading your saved answers…</p>
    </div>
  );
}
