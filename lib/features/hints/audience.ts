/**
 * The readers of one composer as the hints know them: resolved once per set of recipients, and the
 * "Where is …?" question a deadline card asks about a reader (or a conversation) whose zone is unknown.
 */
import type { AnalysisContext, Span, WorkingHours } from '@/lib/analysis/types';
import type { ZoneOption } from '@/lib/analysis/deadlines/zones';
import type { Composer } from '@/lib/hosts/types';
import type { ZoneQuestionModel } from '@/components/hints/types';
import { logError } from '@/lib/log';
import { unknownRecipient } from './cards';
import type { Directory } from './directory';
import type { Mark } from './marks';
import { recipientsKey, resolveAudience, type Audience } from './recipients';

export class Readers {
  audience: Audience = { people: [] };
  private key: string | null = null;
  private readonly dismissed = new Set<string>();

  constructor(
    private readonly composer: Pick<Composer, 'host' | 'surface' | 'conversationId' | 'recipients'>,
    private readonly directory: Directory,
    private readonly senderZone: () => string,
    private readonly timeZones: () => readonly ZoneOption[],
    private readonly places?: (query: string) => Promise<{ zone: string; place: string }[]>,
  ) {}

  /** Resolve the readers again at the next analysis: their zones may have been set elsewhere (Options, another tab). */
  forget(): void {
    this.key = null;
  }

  /** The audience of the recipients shown now; resolved again only when they change (or after forget()). */
  async current(): Promise<Audience> {
    const key = recipientsKey(this.composer.recipients(), this.composer.conversationId());
    if (key === this.key) return this.audience;
    try {
      this.audience = await resolveAudience(this.composer, this.directory, this.senderZone());
      this.key = key;
    } catch (error) {
      logError('hints: recipients', error);
    }
    return this.audience;
  }

  /** The question a deadline card asks, if any reader's zone is unknown and not dismissed. */
  question(mark: Mark): ZoneQuestionModel | undefined {
    if (!mark.deadline) return undefined;
    const zones = this.timeZones();
    const conversation = this.audience.conversation;
    if (conversation && this.audience.people.every((p) => p.zoneSource === 'guess')) {
      return this.dismissed.has(conversation.id) ? undefined : { who: conversation.id, prompt: conversation.question, zones, ...this.search() };
    }
    const person = unknownRecipient(mark.deadline, this.dismissed);
    return person ? { who: person.who, prompt: `Where is ${person.label}?`, zones, ...this.search() } : undefined;
  }

  private search(): Pick<ZoneQuestionModel, 'places'> {
    return this.places ? { places: this.places } : {};
  }

  /**
   * Remembers the zone the user picked (for the person, or for the conversation); returns whom it was
   * saved for, as the question named them ("Ana"), or null when nothing was asked.
   */
  async answer(mark: Mark, zone: string): Promise<string | null> {
    const question = this.question(mark);
    if (!question) return null;
    let saved: string;
    const conversation = this.audience.conversation;
    if (conversation && question.who === conversation.id) {
      const zones = await this.directory.channelZones(conversation.id);
      await this.directory.setChannelZones(conversation.id, [...new Set([...zones, zone])]);
      saved = conversation.label;
    } else {
      const person = unknownRecipient(mark.deadline, this.dismissed);
      if (!person) return null;
      await this.directory.setZone({ email: person.email, slackId: person.slackId, name: person.name }, zone);
      saved = person.label;
    }
    this.key = null;
    return saved;
  }

  dismiss(mark: Mark): void {
    const question = this.question(mark);
    if (question) this.dismissed.add(question.who);
  }

  /**
   * The meanings the writer chose for ambiguous zone abbreviations in this composer ("IST" →
   * Asia/Jerusalem), passed to the analysis; kept while the composer is open.
   */
  readonly zoneChoices: Record<string, string> = {};

  /**
   * What the engine is told about this composer's message: the clock (epoch ms, to the minute), the
   * sender's zone, locale, 12/24-hour clock and working hours, `audience`'s readers, the host, the rules turned off, the zone choices,
   * and the host's ranges that are not the writer's prose (UTF-16 offsets).
   */
  context(audience: Audience, at: { now: number; locale: string; hourCycle?: 'h12' | 'h23'; workingHours?: WorkingHours; disabledRules: string[]; excluded?: Span[] }): AnalysisContext {
    return {
      now: at.now,
      sender: { timeZone: this.senderZone(), locale: at.locale, ...(at.hourCycle ? { hourCycle: at.hourCycle } : {}), ...(at.workingHours ? { workingHours: at.workingHours } : {}) },
      recipients: audience.people,
      host: this.composer.host,
      disabledRules: at.disabledRules,
      zoneChoices: { ...this.zoneChoices },
      ...(at.excluded ? { excluded: at.excluded } : {}),
    };
  }

  /** The writer picked another reading of `abbreviation` in a card. */
  chooseReading(abbreviation: string, zone: string): void {
    this.zoneChoices[abbreviation.toUpperCase()] = zone;
  }
}
