export function Popup({ playgroundUrl }: { playgroundUrl: string }) {
  return (
    <main>
      <h1>Handoff</h1>
      <p>
        <a href={playgroundUrl} target="_blank" rel="noreferrer">
          Open the playground
        </a>
      </p>
    </main>
  );
}
