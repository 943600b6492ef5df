import { Type } from '@fastify/type-provider-typebox';

const Photo = Type.Object({
  id: Type.Integer(),
  url: Type.String(),
  altText: Type.String(),
  width: Type.Integer(),
  height: Type.Integer(),
}, { title: 'PublicPhoto' });

export const PublicContestSummary = Type.Object({
  slug: Type.String(),
  title: Type.String(),
  publishedAt: Type.String({ format: 'date-time' }),
}, { title: 'PublicContestSummary' });

export const Showcase = Type.Object({
  slug: Type.String(),
  title: Type.String(),
  descriptionHtml: Type.String({ description: 'sanitized HTML' }),
  organizerTitle: Type.String(),
  publishedAt: Type.String({ format: 'date-time' }),
  storyCount: Type.Integer(),
  tiers: Type.Array(Type.Object({
    name: Type.String(),
    winners: Type.Array(Type.Object({
      code: Type.String(),
      title: Type.String(),
      story: Type.Union([Type.Null(), Type.Object({
        slug: Type.String(),
        displayName: Type.String(),
        unitName: Type.Union([Type.String(), Type.Null()]),
        excerpt: Type.String(),
        wordCount: Type.Integer(),
        photo: Type.Union([Type.Null(), Photo]),
      }, { title: 'ShowcaseStory' })], { description: 'null: the author did not consent; only code and title are public' }),
    }, { title: 'ShowcaseWinner' })),
  })),
}, { title: 'Showcase' });

const StoryRef = Type.Object({ slug: Type.String(), title: Type.String(), displayName: Type.String(), tierName: Type.String() }, { title: 'StoryRef' });

export const Story = Type.Object({
  contest: Type.Object({ slug: Type.String(), title: Type.String(), organizerTitle: Type.String() }),
  slug: Type.String(),
  code: Type.String(),
  title: Type.String(),
  tierName: Type.String(),
  displayName: Type.String(),
  unitName: Type.Union([Type.String(), Type.Null()]),
  bodyHtml: Type.String({ description: 'sanitized HTML' }),
  excerpt: Type.String(),
  wordCount: Type.Integer(),
  publishedAt: Type.String({ format: 'date-time' }),
  photos: Type.Array(Photo),
  previous: Type.Union([StoryRef, Type.Null()]),
  next: Type.Union([StoryRef, Type.Null()]),
}, { title: 'PublicStory' });

/** A story in a list across contests (search results, feeds). */
const ListedStory = {
  contestSlug: Type.String(),
  contestTitle: Type.String(),
  slug: Type.String(),
  title: Type.String(),
  displayName: Type.String(),
  tierName: Type.String(),
};

export const SearchResults = Type.Object({
  query: Type.String(),
  total: Type.Integer(),
  page: Type.Integer(),
  pageSize: Type.Integer(),
  results: Type.Array(Type.Object({
    ...ListedStory,
    snippet: Type.Array(Type.Object({ text: Type.String(), match: Type.Boolean() })),
  }, { title: 'SearchHit' })),
}, { title: 'SearchResults' });

export const FeedStories = Type.Array(Type.Object({
  ...ListedStory,
  excerpt: Type.String(),
  bodyHtml: Type.Optional(Type.String({ description: 'sanitized HTML, with text=true' })),
  publishedAt: Type.String({ format: 'date-time' }),
}, { title: 'FeedStory' }));
