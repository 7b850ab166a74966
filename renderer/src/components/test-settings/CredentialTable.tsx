import {
  Badge,
  makeStyles,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  tokens,
} from '@fluentui/react-components';
import { LockClosedRegular } from '@fluentui/react-icons';
import type { CredentialSummary } from '../../../../shared/plugin/contract';

const useStyles = makeStyles({
  wrap: {
    maxHeight: '16em',
    overflowY: 'auto',
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  note: { color: tokens.colorNeutralForeground3 },
});

/** The credentials a user may use, never their passwords. */
export function CredentialTable({ credentials }: { credentials: CredentialSummary[] }) {
  const styles = useStyles();
  return (
    <div>
      <Text weight="semibold" block data-testid="credential-count">
        {credentials.length} credential{credentials.length === 1 ? '' : 's'} found
      </Text>
      <Text size={200} block className={styles.note}>
        No passwords are retrieved or displayed.
      </Text>
      {credentials.length > 0 ? (
        <div className={styles.wrap}>
          <Table size="small" aria-label="Credentials" data-testid="credential-table">
            <TableHeader>
              <TableRow>
                <TableHeaderCell>Name</TableHeaderCell>
                <TableHeaderCell>User name</TableHeaderCell>
                <TableHeaderCell>Domain</TableHeaderCell>
                <TableHeaderCell>Source</TableHeaderCell>
                <TableHeaderCell>Template or system</TableHeaderCell>
                <TableHeaderCell>Restricted</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {credentials.map((c) => (
                <TableRow key={c.id}>
                  <TableCell>{c.name}</TableCell>
                  <TableCell>{c.username ?? '—'}</TableCell>
                  <TableCell>{c.domain ?? '—'}</TableCell>
                  <TableCell>{c.source}</TableCell>
                  <TableCell>
                    {c.template ?? '—'}
                    {c.detail ? ` (${c.detail})` : ''}
                  </TableCell>
                  <TableCell>
                    {c.restricted ? (
                      <Badge appearance="tint" color="warning" icon={<LockClosedRegular />}>
                        restricted
                      </Badge>
                    ) : (
                      'no'
                    )}
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </div>
      ) : null}
    </div>
  );
}
