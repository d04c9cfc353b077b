import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { drawCommitment } from '../shared/domain';

/** A new random seed: 16 bytes, hex. */
export function randomSeed(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/** The seed card's text: what the organiser keeps outside the platform until the draw. */
export function seedCardText(tradeLabel: string, tradeId: string, seed: string): string {
  return [
    `Jiangxin 匠心 — draw seed card / 抽签种子卡`,
    `Trade / 工种: ${tradeLabel} (${tradeId})`,
    `Seed / 种子: ${seed}`,
    `Commitment / 承诺 (SHA-256): ${drawCommitment(seed)}`,
    `Made / 生成时间: ${new Date().toISOString()}`,
    '',
    'Keep this card until the draw: the draw needs this exact seed. 请妥善保管至抽签：抽签须使用此种子。',
  ].join('\n');
}

/**
 * The seed is shown once, before its commitment is published: the organiser downloads or prints the
 * card and confirms it is kept; only then can the commitment be published (`onReady` gets the seed).
 */
export function SeedCard({
  tradeId,
  tradeLabel,
  seed,
  children,
}: {
  tradeId: string;
  tradeLabel: string;
  seed: string;
  /** The publish button, given whether the card is saved. */
  children: (saved: boolean) => React.ReactNode;
}) {
  const { t } = useTranslation();
  const [kept, setKept] = useState(false);
  const [confirmed, setConfirmed] = useState(false);
  const text = seedCardText(tradeLabel, tradeId, seed);

  function download() {
    const url = URL.createObjectURL(new Blob([text], { type: 'text/plain;charset=utf-8' }));
    const link = Object.assign(document.createElement('a'), { href: url, download: `draw-seed-${tradeId}.txt` });
    link.click();
    URL.revokeObjectURL(url);
    setKept(true);
  }

  function print() {
    const win = window.open('', '_blank', 'width=640,height=480');
    if (win) {
      win.document.title = `draw-seed-${tradeId}`;
      const pre = win.document.createElement('pre');
      pre.textContent = text;
      win.document.body.appendChild(pre);
      win.print();
    }
    setKept(true);
  }

  return (
    <div className="card seed-card" data-seed-card={tradeId}>
      <h3>{t('drawSeed.cardTitle')}</h3>
      <p className="note">{t('drawSeed.cardHint')}</p>
      <pre className="mono seed-card__text" data-seed={seed}>
        {text}
      </pre>
      <div className="actions">
        <button type="button" className="button" onClick={download} data-seed-download>
          {t('drawSeed.download')}
        </button>
        <button type="button" className="button" onClick={print}>
          {t('drawSeed.print')}
        </button>
      </div>
      <label className="checkbox">
        <input type="checkbox" disabled={!kept} checked={confirmed} onChange={(e) => setConfirmed(e.target.checked)} data-seed-saved />
        {t('drawSeed.saved')}
      </label>
      {children(kept && confirmed)}
    </div>
  );
}
