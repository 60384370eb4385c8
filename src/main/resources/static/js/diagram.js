// The standard page's diagram: the process model from the engine, with the steps it waits in marked.
(function () {
  var container = document.getElementById('diagram');
  if (!container || typeof BpmnJS === 'undefined') {
    return;
  }
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
})();
