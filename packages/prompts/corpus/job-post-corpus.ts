import { readFileSync } from 'node:fs';
import type { Language } from '@voxly/config';
import type { FieldId } from '../src/fields.ts';
import { foldOf, seededRandom, splitOf, type Split } from './corpus-split.ts';

export type CorpusLanguage = 'en' | 'es' | 'pt';
export const corpusLanguages: CorpusLanguage[] = ['en', 'es', 'pt'];

/** The interview language each corpus language is, as the product's entry points take it. */
export const interviewLanguageOf: Record<CorpusLanguage, Language> = { en: 'en', es: 'es', pt: 'pt-BR' };

export interface JobPost {
  language: CorpusLanguage;
  field: FieldId;
  title: string;
  description: string;
  split: Split;
  /** Hand-written whole (a hard case) or assembled from the pools. */
  source: 'hard' | 'assembled';
}

interface Family {
  field: FieldId;
  titles: string[];
  lines: string[];
  blurbs: string[];
}

interface Pools {
  families: Family[];
  sharedBlurbs: string[];
  benefits: string[];
  hard: { field: FieldId; title: string; description: string }[];
}

function parsePools(text: string): Pools {
  const pools: Pools = { families: [], sharedBlurbs: [], benefits: [], hard: [] };
  let section: { kind: 'family'; family: Family } | { kind: 'blurb' | 'benefits' | 'hard' } | undefined;
  let hard: Pools['hard'][number] | undefined;
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (line.startsWith('#')) continue;
    if (line.startsWith('@')) {
      const [tag, name] = line.slice(1).split(/\s+/);
      if (tag === 'shared') section = { kind: name === 'blurb' ? 'blurb' : 'benefits' };
      else if (tag === 'hard') section = { kind: 'hard' };
      else {
        const family: Family = { field: tag as FieldId, titles: [], lines: [], blurbs: [] };
        pools.families.push(family);
        section = { kind: 'family', family };
      }
      continue;
    }
    if (!section || line === '') {
      hard = undefined;
      continue;
    }
    if (section.kind === 'hard') {
      if (line.startsWith('= ')) {
        const [field, title] = line.slice(2).split(' | ');
        hard = { field: field as FieldId, title: title ?? '', description: '' };
        pools.hard.push(hard);
      } else if (hard) hard.description = hard.description ? `${hard.description}\n${line}` : line;
      continue;
    }
    const body = line.slice(2);
    if (section.kind === 'blurb') pools.sharedBlurbs.push(body);
    else if (section.kind === 'benefits') pools.benefits.push(body);
    else if (section.kind === 'family') {
      if (line.startsWith('T ')) section.family.titles.push(body);
      else if (line.startsWith('B ')) section.family.blurbs.push(body);
      else if (line.startsWith('- ')) section.family.lines.push(body);
    }
  }
  return pools;
}

/** How boards head their sections and dress their titles, per language. */
const layout: Record<CorpusLanguage, { duties: string[]; needs: string[]; offer: string[]; about: string[]; titleExtras: string[] }> = {
  en: {
    duties: ['Responsibilities:', "What you'll do:", 'Key responsibilities', 'The role:', 'Your day to day:'],
    needs: ['Requirements:', "What we're looking for:", 'Qualifications', 'You have:', 'Must have:'],
    offer: ['Benefits:', 'What we offer:', 'Perks', 'Why join us?'],
    about: ['About us:', 'Who we are', ''],
    titleExtras: [' - Remote', ' (Hybrid)', ' - Austin, TX', 'Senior ', 'Junior ', ' - Night Shift', ' (Contract)'],
  },
  es: {
    duties: ['Funciones:', 'Responsabilidades:', '¿Qué harás?', 'Tus funciones', 'Principales tareas:'],
    needs: ['Requisitos:', 'Buscamos:', 'Qué buscamos', 'Requerimientos:', 'Perfil:'],
    offer: ['Ofrecemos:', 'Beneficios:', 'Qué ofrecemos', 'Prestaciones:'],
    about: ['Sobre nosotros:', 'Quiénes somos', ''],
    titleExtras: [' - Madrid', ' (Remoto)', ' - CDMX', ' Sr', ' Jr', ' - Bogotá', ' (Híbrido)'],
  },
  pt: {
    duties: ['Atividades:', 'Responsabilidades:', 'O que você vai fazer:', 'Principais atribuições', 'Suas atividades:'],
    needs: ['Requisitos:', 'O que buscamos:', 'Requisitos e qualificações', 'Você precisa ter:', 'Diferenciais:'],
    offer: ['Benefícios:', 'O que oferecemos:', 'Oferecemos:', 'Nossos benefícios'],
    about: ['Sobre nós:', 'Quem somos', ''],
    titleExtras: [' - São Paulo/SP', ' (Remoto)', ' Pleno', ' Sênior', ' - Híbrido', ' - Curitiba', ' Júnior'],
  },
};

/** Which pool items a post may be built from. */
type ItemFilter = (item: string) => boolean;

function sideOf(items: string[], keep: ItemFilter): string[] {
  const side = items.filter(keep);
  return side.length > 0 ? side : items;
}

function assemble(language: CorpusLanguage, family: Family, pools: Pools, split: Split, keep: ItemFilter, seed: string): JobPost {
  const random = seededRandom(`${language}:${family.field}:${family.titles[0] ?? ''}:${seed}`);
  const pick = <T>(items: T[]): T => items[Math.floor(random() * items.length)] as T;
  const take = (items: string[], count: number): string[] => {
    const left = [...items];
    const out: string[] = [];
    while (out.length < count && left.length > 0) out.push(...left.splice(Math.floor(random() * left.length), 1));
    return out;
  };
  const words = layout[language];
  let title = pick(sideOf(family.titles, keep));
  const dress = random();
  if (dress < 0.15) title = title.toUpperCase();
  else if (dress < 0.35) {
    const extra = pick(words.titleExtras);
    title = extra.endsWith(' ') ? `${extra}${title}` : `${title}${extra}`;
  }
  const bullet = pick(['- ', '• ', '* ', '']);
  const list = (lines: string[]) => (random() < 0.2 ? [lines.join(' ')] : lines.map((line) => `${bullet}${line}`));
  const lines = take(sideOf(family.lines, keep), 4 + Math.floor(random() * 5));
  const cut = Math.max(1, Math.ceil(lines.length * (0.4 + random() * 0.3)));
  const parts: string[] = [];
  if (random() < 0.75) {
    const blurb = random() < 0.65 ? pick(sideOf(family.blurbs, keep)) : pick(sideOf(pools.sharedBlurbs, keep));
    const heading = pick(words.about);
    parts.push(heading ? `${heading}\n${blurb}` : blurb);
  }
  parts.push([pick(words.duties), ...list(lines.slice(0, cut))].join('\n'));
  if (lines.length > cut) parts.push([pick(words.needs), ...list(lines.slice(cut))].join('\n'));
  if (random() < 0.65)
    parts.push([pick(words.offer), ...list(take(sideOf(pools.benefits, keep), 3 + Math.floor(random() * 3)))].join('\n'));
  return { language, field: family.field, title, description: parts.join('\n\n'), split, source: 'assembled' };
}

/** Posts assembled per field and language, split like their parts. */
const POSTS_PER_FIELD = { train: 17, heldOut: 7 } as const;

function loadPools(directory: URL): Record<CorpusLanguage, Pools> {
  const pools = {} as Record<CorpusLanguage, Pools>;
  for (const language of corpusLanguages)
    pools[language] = parsePools(readFileSync(new URL(`job-posts.${language}.txt`, directory), 'utf8'));
  return pools;
}

/** Hard cases that pass `keep`, and `count` posts per field and language built only from items that pass it. */
function assembleSide(pools: Record<CorpusLanguage, Pools>, split: Split, keep: ItemFilter, count: number, seed: string): JobPost[] {
  const posts: JobPost[] = [];
  for (const language of corpusLanguages) {
    const mine = pools[language];
    for (const post of mine.hard) if (keep(post.title)) posts.push({ language, ...post, split, source: 'hard' });
    for (const field of [...new Set(mine.families.map((family) => family.field))]) {
      const families = mine.families.filter((family) => family.field === field);
      const weights = families.map((family) => family.titles.length);
      const total = weights.reduce((sum, weight) => sum + weight, 0);
      for (let index = 0; index < count; index += 1) {
        let point = ((index + 0.5) / count) * total;
        const family = families.find((_, i) => (point -= weights[i] ?? 0) < 0) ?? families[0];
        if (family) posts.push(assemble(language, family, mine, split, keep, `${seed}:${index}`));
      }
    }
  }
  return posts;
}

/**
 * The labelled job-post corpus: the hand-written hard cases of each language, and posts
 * assembled from its pools (titles, duty and requirement lines, blurbs, benefits). Every
 * pool item and every hard case is on one side of the split, and a held-out post is built
 * only from held-out items, so held-out titles and sentences are never seen in training.
 */
export function jobPostCorpus(directory = new URL('.', import.meta.url)): JobPost[] {
  const pools = loadPools(directory);
  return (['train', 'heldOut'] as const).flatMap((split) =>
    assembleSide(pools, split, (item) => splitOf(item) === split, POSTS_PER_FIELD[split], split),
  );
}

/**
 * Cross-validation inside the train side, held out the same way: fold k validates on
 * posts built only from the train items of fold k, and trains on posts built from the
 * others, so no title or sentence is on both sides of a fold.
 */
export function crossValidationFolds(
  folds: number,
  directory = new URL('.', import.meta.url),
): { train: JobPost[]; validate: JobPost[] }[] {
  const pools = loadPools(directory);
  const inTrain = (item: string) => splitOf(item) === 'train';
  return Array.from({ length: folds }, (_, fold) => ({
    train: assembleSide(pools, 'train', (item) => inTrain(item) && foldOf(item, folds) !== fold, POSTS_PER_FIELD.train, `cv${fold}`),
    validate: assembleSide(pools, 'heldOut', (item) => inTrain(item) && foldOf(item, folds) === fold, POSTS_PER_FIELD.heldOut, `cv${fold}`),
  }));
}
