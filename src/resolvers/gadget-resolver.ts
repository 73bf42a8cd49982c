import Resolver from '@forge/resolver';

import { ValidationError } from '../platform/errors';
import { listGadgetObjectives, listGadgetProjects, loadGadget } from '../services/gadget-service';
import { keyResultContributionsOf } from '../services/objective-service';
import type { GadgetConfig } from '../shared/contract';
import { GADGET_KEYS } from '../shared/resolver-keys';

import { defineResolver } from './define-resolver';
import type { InvocationContext } from './define-resolver';
import { productionDeps } from './deps';
import * as schemas from './schemas';

const resolver = new Resolver();

defineResolver(resolver, GADGET_KEYS.load, schemas.emptyPayload, (_input, context) =>
  loadGadget(gadgetDeps(context), gadgetConfig(context)),
);

defineResolver(resolver, GADGET_KEYS.listProjects, schemas.emptyPayload, (_input, context) =>
  listGadgetProjects(gadgetDeps(context)).then((projects) => ({ projects })),
);

defineResolver(
  resolver,
  GADGET_KEYS.listObjectives,
  schemas.gadgetObjectivesRequest,
  (input, context) => listGadgetObjectives(gadgetDeps(context), input.projectId),
);

defineResolver(
  resolver,
  GADGET_KEYS.contributions,
  schemas.contributionsRequest,
  async (input, context) => {
    const projectId = configuredProject(context);
    if (projectId === undefined)
      throw new ValidationError('Choose a project in the gadget settings.');

    return keyResultContributionsOf(gadgetDeps(context), projectId, input, 'viewer');
  },
);

/** The dashboard gadget's resolver function (`gadget-resolver`). */
export const gadgetHandler = resolver.getDefinitions();

function gadgetDeps(context: InvocationContext) {
  return productionDeps(context.accountId, context.timezone);
}

/** The gadget configuration is dashboard data anyone can edit: the service re-checks access. */
function gadgetConfig(context: InvocationContext): GadgetConfig {
  const parsed = schemas.gadgetExtension.safeParse(context.extension);
  if (!parsed.success)
    throw new ValidationError('The gadget configuration is invalid; edit the gadget.');

  return parsed.data.gadgetConfiguration ?? {};
}

function configuredProject(context: InvocationContext): string | undefined {
  return gadgetConfig(context).projectId;
}
