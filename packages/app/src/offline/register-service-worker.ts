// The offline folder's page registers its service worker (packages/app/build/offline-pwa.ts), so
// the app opens without the server after its first load. Not in relcap.html or `pnpm start`.
// A failed registration leaves the app working online; it says so in the console.
if ('serviceWorker' in navigator && location.protocol !== 'file:') {
  navigator.serviceWorker.register('./sw.js', { scope: './' }).catch((e: unknown) => {
    console.warn('relcap: the app will not work offline (service worker not registered)', e);
  });
}
