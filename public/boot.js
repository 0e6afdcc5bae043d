// Starts the app once the server-rendered page has been painted, its largest
// image included. The page is readable and its links and search form work
// without the app, so its code waits instead of competing with the page's
// text and images for the network and the main thread.
(function () {
  // The page's module scripts, in the order the built page listed them.
  var scripts = document.currentScript && document.currentScript.getAttribute('data-scripts');
  if (!scripts) return;
  var started = false;
  function start() {
    if (started) return;
    started = true;
    scripts.split(' ').forEach(function (src) {
      var script = document.createElement('script');
      script.type = 'module';
      script.crossOrigin = 'anonymous';
      script.src = src;
      document.head.appendChild(script);
    });
  }
  function observes(type) {
    var types = window.PerformanceObserver && PerformanceObserver.supportedEntryTypes;
    return !!types && types.indexOf(type) >= 0;
  }
  // Calls `then` once the browser has reported an entry of this type (painted
  // and shown on screen, not just drawn), or at once where it cannot say.
  function whenReported(type, then) {
    if (!observes(type)) return then();
    var observer = new PerformanceObserver(function () {
      observer.disconnect();
      then();
    });
    observer.observe({ type: type, buffered: true });
  }
  // After the first contentful paint, and after the page's largest image
  // (marked with elementtiming) is on screen.
  function afterPagePainted() {
    // Should the browser never report (an image that fails), the app starts anyway.
    setTimeout(start, 3000);
    var startNext = function () {
      setTimeout(start, 0);
    };
    whenReported('largest-contentful-paint', function () {
      // An image off the first screen (an article's cover on a narrow phone, or
      // above a scroll position the browser restored) is not painted with the
      // page, so it is never reported: no waiting for it.
      var image = document.querySelector('img[elementtiming]');
      var box = image && image.getBoundingClientRect();
      if (box && box.bottom > 0 && box.top < window.innerHeight) whenReported('element', startNext);
      else startNext();
    });
  }
  if (document.readyState === 'complete') afterPagePainted();
  else window.addEventListener('load', afterPagePainted, { once: true });
})();
