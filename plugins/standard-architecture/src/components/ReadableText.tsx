import { ReactNode } from 'react';
import { Theme, ThemeProvider } from '@material-ui/core/styles';

// On the light theme's page background (#f5f5f5) the theme's secondary text
// grey (#717171) is 4.47:1; this grey is 5.9:1 there, 6.7:1 on white.
const SECONDARY_TEXT_ON_LIGHT = '#5c5c5c';

/**
 * Secondary text (captions, labels, "as of" times) readable at WCAG AA on
 * the page background. Dark themes are left as they are.
 */
export function ReadableText(props: { children: ReactNode }) {
  return (
    <ThemeProvider
      theme={(outer: Theme) =>
        outer.palette.type === 'light'
          ? {
              ...outer,
              palette: {
                ...outer.palette,
                text: {
                  ...outer.palette.text,
                  secondary: SECONDARY_TEXT_ON_LIGHT,
                },
              },
            }
          : outer
      }
    >
      {props.children}
    </ThemeProvider>
  );
}
