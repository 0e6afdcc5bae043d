// Starts the app once the server-rendered page has loaded and been painted,
// its largest image included. The page is readable and its links and search
// form work without the app, so its code waits instead of competing with the
// page's text and images for the network and the main thread.
(function () {
  var entry = document.currentScript && document.currentScript.getAttribute('data-entry');
  if (!entry) return;
  function start() {
    var script = document.createElement('script');
    script.type = 'module';
    script.crossOrigin = 'anonymous';
    script.src = entry;
    document.head.appendChild(script);
  }
  // The next frame is drawn before a task queued from requestAnimationFrame runs.
  function afterNextPaint(then) {
    requestAnimationFrame(function () {
      setTimeout(then, 0);
    });
  }
  function afterLargestImage() {
    var largest = document.querySelector('img[fetchpriority="high"]');
    var decoded = largest && largest.decode ? largest.decode() : null;
    if (!decoded) return afterNextPaint(start);
    // A broken image is no reason to keep the app from starting.
    decoded.then(
      function () {
        afterNextPaint(start);
      },
      function () {
        afterNextPaint(start);
      },
    );
  }
  if (document.readyState === 'complete') afterLargestImage();
  else window.addEventListener('load', afterLargestImage, { once: true });
})();
