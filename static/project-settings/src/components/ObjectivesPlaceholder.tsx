import EmptyState from '@atlaskit/empty-state';
import Heading from '@atlaskit/heading';

/** The Objectives tab until the OKR editor lands: says what will come here. */
export function ObjectivesPlaceholder() {
  return (
    <section aria-labelledby="objectives-heading">
      <Heading size="medium" as="h2" id="objectives-heading">
        Objectives
      </Heading>
      <EmptyState
        header="Objectives come next"
        headingLevel={3}
        description={
          "Objectives and key results that measure themselves from this project's costs will " +
          'be set up here. Until then, configure how costs are recorded on the Costs tab.'
        }
      />
    </section>
  );
}
