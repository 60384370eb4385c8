// The standard page's diagram: the process model from the engine, with the steps it waits in marked. Drawn
// when its fold is first opened: a folded canvas has no size to fit, and a reader who never opens it loads nothing.
(function () {
  var container = document.getElementById('diagram');
  if (!container || typeof BpmnJS === 'undefined') {
    return;
  }
  var fold = container.closest('details');
  if (fold && !fold.open) {
    fold.addEventListener('toggle', function draw() {
      if (fold.open) {
        fold.removeEventListener('toggle', draw);
        show();
      }
    });
  } else {
    show();
  }

  function show() {
    fetch(container.dataset.position, { credentials: 'same-origin' })
      .then(function (response) { return response.json(); })
      .then(function (position) {
        return fetch(position.diagram, { credentials: 'same-origin' })
          .then(function (response) { return response.text(); })
          .then(function (xml) {
            var viewer = new BpmnJS({ container: container });
            return viewer.importXML(xml).then(function () {
              var canvas = viewer.get('canvas');
              canvas.zoom('fit-viewport');
              position.activeActivities.forEach(function (id) {
                try {
                  canvas.addMarker(id, 'current');
                } catch (notDrawn) {
                  // an activity without a shape (e.g. a multi-instance body) has nothing to mark
                }
              });
              container.dataset.current = position.activeActivities.join(' ');
            });
          });
      })
      .catch(function (error) {
        container.textContent = error.message;
      });
  }
})();
