import { planTagChanges } from '../../lambda/tags';

describe('planTagChanges', () => {
  it('sets missing and changed tags and removes managed tags no longer declared', () => {
    expect(planTagChanges({ team: 'growth', cost: 'a1' }, { team: 'retention', env: 'prod', owner: 'x' }, ['team', 'env'])).toEqual({
      tagsToSet: { team: 'growth', cost: 'a1' },
      keysToRemove: ['env'],
    });
  });

  it('never touches aws: tags or tags the stack never declared', () => {
    expect(planTagChanges({}, { 'aws:cloudformation:stack-name': 'Demo', owner: 'x' }, ['aws:cloudformation:stack-name'])).toEqual({
      tagsToSet: {},
      keysToRemove: [],
    });
  });

  it('plans nothing when the tags already match', () => {
    expect(planTagChanges({ team: 'growth' }, { team: 'growth', owner: 'x' }, ['team'])).toEqual({ tagsToSet: {}, keysToRemove: [] });
  });
});
