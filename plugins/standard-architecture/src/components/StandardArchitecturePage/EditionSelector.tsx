import { useId } from 'react';
import { TextField } from '@material-ui/core';
import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import { EditionSummary } from '@k8s-standard/plugin-standard-architecture-common';
import { standardArchitectureTranslationRef } from '../../translation';
import { useBilingual } from '../useDataLanguage';

/**
 * A labelled native select of editions. Native, so keyboard, screen readers
 * and Playwright's `selectOption` all work on it without a custom menu.
 */
export function EditionSelector(props: {
  label: string;
  editions: EditionSummary[];
  value: number;
  currentYear: number;
  onChange: (year: number) => void;
}) {
  const { label, editions, value, currentYear, onChange } = props;
  const { t } = useTranslationRef(standardArchitectureTranslationRef);
  const bilingual = useBilingual();
  const id = useId();
  // Newest first: the edition people look for is usually the latest.
  const ordered = [...editions].sort((a, b) => b.year - a.year);
  // The year once: "Kubernetes Standard Architecture 2026 (current)", or
  // "2026: <title>" when the title does not name its year.
  const optionLabel = (edition: EditionSummary) => {
    const year = String(edition.year);
    const title = bilingual(edition.title);
    const current = edition.year === currentYear;
    if (title.includes(year)) {
      return current
        ? t('page.editionTitleCurrent', { title })
        : t('page.editionTitle', { title });
    }
    return current
      ? t('page.editionOptionCurrent', { year, title })
      : t('page.editionOption', { year, title });
  };
  return (
    <TextField
      id={id}
      select
      label={label}
      value={String(value)}
      onChange={event => onChange(Number(event.target.value))}
      SelectProps={{ native: true }}
      // The theme's grey label is 4.47:1 on the page background: use the
      // primary text colour so it meets WCAG AA.
      InputLabelProps={{ shrink: true, style: { color: 'inherit' } }}
      variant="outlined"
      size="small"
    >
      {ordered.map(edition => (
        <option key={edition.year} value={String(edition.year)}>
          {optionLabel(edition)}
        </option>
      ))}
    </TextField>
  );
}
