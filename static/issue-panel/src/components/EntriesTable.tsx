import Button from '@atlaskit/button/new';
import DynamicTable from '@atlaskit/dynamic-table';
import type { HeadType, RowType } from '@atlaskit/dynamic-table/types';
import Lozenge from '@atlaskit/lozenge';
import { token } from '@atlaskit/tokens';
import type { CategoryDto, CostEntryDto, RecurrenceDto } from '@shared/contract';
import { MAX_SAFE_MINOR_UNITS } from '@shared/currencies';

import { useAppContext } from '../../../common/src/app-context';
import { formatMoneySafely } from '../../../common/src/components/FormattedMoney';
import { formatCalendarDate } from '../../../common/src/format-date';

type Props = {
  readonly entries: readonly CostEntryDto[];
  readonly categories: readonly CategoryDto[];
  readonly authorNames: Readonly<Record<string, string>>;
  readonly canEdit: boolean;
  readonly onEdit: (entry: CostEntryDto) => void;
  readonly onDelete: (entry: CostEntryDto) => void;
  readonly onHistory: (entry: CostEntryDto) => void;
  /** The table's caption; "Cost entries" unless given. */
  readonly caption?: string;
};

/**
 * The cost entries, sortable by every column and ten to a page; history always, edit
 * and delete when allowed and the entry was typed by hand (imported and labour entries change
 * only with their source).
 */
export function EntriesTable({
  entries,
  categories,
  authorNames,
  canEdit,
  onEdit,
  onDelete,
  onHistory,
  caption = 'Cost entries',
}: Props) {
  const { locale, accountId } = useAppContext();
  const categoryNames = new Map(categories.map((c) => [c.id, c]));
  const authorOf = (id: string) => authorNames[id] ?? (id === accountId ? 'You' : 'Unknown user');

  const rows: RowType[] = entries.map((entry) => {
    const category = categoryNames.get(entry.categoryId);
    const categoryName = category ? category.name : 'Unknown category';
    const date = formatCalendarDate(entry.incurredOn, locale);
    const amount = formatMoneySafely(entry.amount, locale);
    const repeats = recurrenceText(entry.recurrence, locale);
    const author = authorOf(entry.createdBy);
    const cells = [
      { key: entry.incurredOn, content: date },
      {
        key: categoryName.toLocaleLowerCase(locale),
        content: category?.retired ? `${categoryName} (retired)` : categoryName,
      },
      {
        key: entry.description.toLocaleLowerCase(locale),
        content: (
          <span style={{ display: 'grid', gap: token('space.025') }}>
            <Description text={entry.description} />
            <Subtle>{entry.source ? `From ${entry.source.label}` : `by ${author}`}</Subtle>
          </span>
        ),
      },
      {
        key: amountSortKey(entry),
        content: <span style={{ whiteSpace: 'nowrap' }}>{amount}</span>,
      },
      {
        key: `${entry.kind} ${repeats}`,
        content: (
          <span style={{ display: 'grid', gap: token('space.025'), justifyItems: 'start' }}>
            <Lozenge appearance={entry.kind === 'actual' ? 'success' : 'new'}>
              {entry.kind === 'actual' ? 'Actual' : 'Planned'}
            </Lozenge>
            {entry.recurrence.frequency !== 'none' && <Subtle>{repeats}</Subtle>}
          </span>
        ),
      },
    ];
    const label = `${date}, ${categoryName}, ${amount}`;
    const actions = {
      key: 'actions',
      content: (
        <span style={{ display: 'inline-flex', gap: token('space.050') }}>
          <Button
            spacing="compact"
            appearance="subtle"
            onClick={() => onHistory(entry)}
            aria-label={`History of cost: ${label}`}
          >
            History
          </Button>
          {canEdit && !entry.source && (
            <>
              <Button
                spacing="compact"
                onClick={() => onEdit(entry)}
                aria-label={`Edit cost: ${label}`}
              >
                Edit
              </Button>
              <Button
                spacing="compact"
                appearance="subtle"
                onClick={() => onDelete(entry)}
                aria-label={`Delete cost: ${label}`}
              >
                Delete
              </Button>
            </>
          )}
        </span>
      ),
    };

    return { key: entry.id, cells: [...cells, actions] };
  });

  return (
    <div style={{ overflowX: 'auto' }}>
      <DynamicTable
        caption={caption}
        head={TABLE_HEAD}
        rows={rows}
        rowsPerPage={ROWS_PER_PAGE}
        defaultSortKey="date"
        defaultSortOrder="DESC"
      />
    </div>
  );
}

/** Entries shown at once; longer lists (imported bills, labour) page. */
const ROWS_PER_PAGE = 10;

const TABLE_HEAD: HeadType = {
  cells: [
    { key: 'date', content: 'Date', isSortable: true },
    { key: 'category', content: 'Category', isSortable: true },
    { key: 'description', content: 'Description', isSortable: true },
    { key: 'amount', content: 'Amount', isSortable: true },
    // Kind and recurrence share a column, and the author sits under the description, so the
    // table fits an issue view's width.
    { key: 'kind', content: 'Kind', isSortable: true },
    { key: 'actions', content: 'Actions' },
  ],
};

/**
 * Groups amounts by currency, then orders them by value within it; amounts of different
 * currencies are never compared with each other. The offset keeps negative amounts in order
 * under the table's numeric string collation.
 */
function amountSortKey(entry: CostEntryDto): string {
  const offset = BigInt(entry.amount.amount) + BigInt(MAX_SAFE_MINOR_UNITS);

  return `${entry.amount.currency} ${offset.toString().padStart(17, '0')}`;
}

function recurrenceText(recurrence: RecurrenceDto, locale: string): string {
  if (recurrence.frequency === 'none') return 'No';
  if ('months' in recurrence) return `Monthly, ${recurrence.months} months`;

  return `Monthly until ${formatCalendarDate(recurrence.until, locale)}`;
}

function Subtle({ children }: { readonly children: string }) {
  return <span style={{ color: token('color.text.subtle'), fontSize: '0.857em' }}>{children}</span>;
}

function Description({ text }: { readonly text: string }) {
  if (text === '') return <span style={{ color: token('color.text.subtlest') }}>—</span>;

  return (
    <span
      title={text}
      style={{
        display: '-webkit-box',
        WebkitLineClamp: 3,
        WebkitBoxOrient: 'vertical',
        overflow: 'hidden',
        overflowWrap: 'anywhere',
        maxWidth: '24rem',
      }}
    >
      {text}
    </span>
  );
}
