import { Component, type ComponentChildren } from 'preact';

export interface PanelGuardProps {
  /** What the panel shows, for the message ("Your time zone and working hours"). */
  title: string;
  children: ComponentChildren;
}

/**
 * Keeps one options panel's failure in that panel: whatever is stored, the other panels (above
 * all "Your data": import, export, delete) stay usable. The error is logged and named, not hidden.
 */
export class PanelGuard extends Component<PanelGuardProps, { error: string | null }> {
  override state = { error: null as string | null };

  override componentDidCatch(error: unknown) {
    console.error(`[handoff] the "${this.props.title}" panel failed`, error);
    this.setState({ error: error instanceof Error ? error.message : String(error) });
  }

  render() {
    if (this.state.error === null) return <>{this.props.children}</>;
    return (
      <section role="alert" class="panel-failed">
        <h2>{this.props.title}</h2>
        <p class="error">
          This part could not be shown: {this.state.error}. Your data panel below still works: export your data, import a good file, or delete all and start again.
        </p>
      </section>
    );
  }
}
