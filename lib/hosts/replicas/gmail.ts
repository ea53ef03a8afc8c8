/**
 * Gmail replica (attribute strings as of 2021–2026 builds): a conversation with an inline reply
 * (.AO > … > div.M9, recipients under div.aUy) and a pop-up compose window ([role=dialog] with a
 * form, To/Cc chips with data-hovercard-id, subject, body).
 */
import type { Replica } from './page';

function chip(name: string, email: string): string {
  return `<div class="afV" role="option" aria-selected="false" data-name="${name}" data-hovercard-id="${email}" tabindex="-1"><div class="akl">${name}</div><div class="afX" aria-label="Remove"></div></div>`;
}

function recipientsField(field: 'to' | 'cc', label: string, chips: string): string {
  return `<div class="anm" name="${field}"><div class="aH9"><span class="aB">${label}</span></div><div role="listbox" aria-label="${label === 'To' ? 'To' : 'Cc'} recipients" aria-orientation="horizontal" class="afC">${chips}<input class="agP aFw" type="text" role="combobox" aria-autocomplete="list" aria-haspopup="listbox" aria-label="${label} recipients" autocomplete="off"></div></div>`;
}

function body(id: string): string {
  return `<div class="aO7"><div id="${id}" class="Am aiL Al editable LW-avf tS-tW tS-tY" hidefocus="true" aria-label="Message Body" g_editable="true" role="textbox" aria-multiline="true" contenteditable="true" tabindex="1" spellcheck="false"><br></div></div>`;
}

export const popUpCompose = `
<div class="nH Hd" role="dialog" aria-label="New Message" tabindex="-1">
  <div class="aYF"><span class="aYF-title">New Message</span></div>
  <form enctype="multipart/form-data" method="post" class="bAs">
    <input type="hidden" name="composeid" value="compose-c5">
    <input type="hidden" name="draft" value="undefined">
    <div class="GS"><div class="aoD hl">
      ${recipientsField('to', 'To', chip('Ana Weber', 'ana@example.com') + chip('Kenji Sato', 'kenji@example.jp'))}
      ${recipientsField('cc', 'Cc', chip('Priya Nair', 'priya@example.in'))}
    </div></div>
    <div class="aoD az6"><input name="subjectbox" class="aoT" placeholder="Subject" aria-label="Subject" value="Q3 report"></div>
  </form>
  <table class="iN"><tbody><tr><td class="Ap"><div class="Ar Au">${body(':qf')}</div></td></tr></tbody></table>
  <div class="btC"><div role="button" class="T-I J-J5-Ji aoO" tabindex="1">Send</div></div>
</div>`;

export const inlineReply = `
<div class="M9">
  <form enctype="multipart/form-data" method="post" class="bAs">
    <input type="hidden" name="subject" value="Re: Launch checklist">
    <input type="hidden" name="composeid" value="reply-r7">
    <div class="GS"><div class="aUy">
      ${recipientsField('to', 'To', chip('Marta Silva', 'marta@example.com.br'))}
    </div></div>
  </form>
  <div class="Ar Au">${body(':r1')}</div>
</div>`;

/**
 * A reply's body as Gmail fills it (2026-11): the writer's line, the signature Gmail inserts
 * (div.gmail_signature after "-- "), then the quoted message (div.gmail_quote: "On … wrote:" and a
 * blockquote). Only the first line is the writer's prose. In a Spanish UI the attribution line is
 * localised ("… escribió:") and a rich-text signature has no "-- " line: then only the containers
 * say what is quoted.
 */
export function quotedReplyBody(writerHtml: string, ui: 'en' | 'es' = 'en'): string {
  const attribution = ui === 'en' ? 'On Mon, Nov 23, 2026 at 9:14 AM Tom Ng &lt;tom@acme.io&gt; wrote:' : 'El lun, 23 nov 2026 a las 9:14, Tom Ng (&lt;tom@acme.io&gt;) escribió:';
  return (
    `<div>${writerHtml}</div><div><br></div>` +
    `<div class="gmail_signature" data-smartmail="gmail_signature">${ui === 'en' ? '-- <br>' : ''}Ana Weber | Finance | reply asap if urgent</div><br>` +
    `<div class="gmail_quote gmail_quote_container"><div class="gmail_attr">${attribution}<br></div>` +
    '<blockquote class="gmail_quote" style="margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex">Can you fix the report by EOD? I\'ll send the numbers by Friday.</blockquote></div>'
  );
}

/** `html` (the replica's body) with the pop-up compose's body filled with `content`. */
export function withComposeBody(html: string, content: string): string {
  return html.replace(/(id=":qf"[^>]*>)<br>/, `$1${content}`);
}

export const gmailReplica: Replica = {
  url: 'https://mail.google.com/mail/u/0/#inbox/FMfcgzQZTwNbmKq',
  title: 'Launch checklist - ana@example.com - Gmail',
  css: `
.handoff-gmail { font: 14px/1.4 Arial, sans-serif; color: #202124; }
.handoff-gmail .AO { padding: 12px; }
.handoff-gmail .adn { border-bottom: 1px solid #e0e0e0; padding: 8px 0; }
.handoff-gmail .M9, .handoff-gmail [role=dialog] { border: 1px solid #dadce0; border-radius: 8px; padding: 8px; margin: 8px 0; background: #fff; }
.handoff-gmail [role=dialog] { max-width: 560px; box-shadow: 0 4px 12px rgba(0,0,0,.15); }
.handoff-gmail .aYF { background: #f2f6fc; padding: 6px 8px; font-weight: bold; border-radius: 6px 6px 0 0; }
.handoff-gmail .anm { display: flex; gap: 6px; align-items: center; border-bottom: 1px solid #f1f3f4; padding: 4px 0; }
.handoff-gmail [role=listbox] { display: flex; gap: 4px; flex-wrap: wrap; align-items: center; }
.handoff-gmail [role=option] { background: #e8eaed; border-radius: 12px; padding: 1px 8px; }
.handoff-gmail .afX { display: none; }
.handoff-gmail .agP { border: 0; outline: 0; min-width: 80px; }
.handoff-gmail .aoT { border: 0; border-bottom: 1px solid #f1f3f4; width: 100%; padding: 6px 0; font: inherit; }
.handoff-gmail .editable { min-height: 96px; padding: 8px 0; outline: none; }
.handoff-gmail table { width: 100%; border-collapse: collapse; }
.handoff-gmail .T-I { display: inline-block; background: #0b57d0; color: #fff; border-radius: 16px; padding: 6px 16px; }
`,
  body: `
<div class="handoff-gmail">
<div role="main" class="nH">
  <div class="AO">
    <h2 class="hP">Launch checklist</h2>
    <div class="adn"><span class="gD" email="marta@example.com.br" name="Marta Silva">Marta Silva</span>
      <div class="a3s">Can you confirm the checklist is final? I'm signing off soon.</div></div>
    <div class="nH">${inlineReply}</div>
  </div>
</div>
<div class="dw"><div class="nH"><div class="nH"><div class="no">${popUpCompose}</div></div></div></div>
</div>`,
};
