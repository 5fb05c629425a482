import { test as setup } from '@playwright/test';
import { guestSessionFile, signInAsGuest } from './signIn';

// Signs in once per demo app and saves the session (the guest provider the
// sign-in page remembers). The specs start from it, so each test loads the
// app once instead of going through the sign-in page first.
setup('sign in as guest', async ({ page }, testInfo) => {
  await signInAsGuest(page);
  await page.context().storageState({
    path: guestSessionFile(testInfo.project.name),
  });
});
