// The standard page's section index: a link to each section's heading, kept in view while the page scrolls. A
// link (or an address) to something inside a folded part opens the fold first.
(function () {
  var nav = document.getElementById('section-index');
  if (!nav) {
    return;
  }
  var headings = document.querySelectorAll('main section > h2[id], main section > details > summary > h2[id]');
  var list = document.createElement('ul');
  headings.forEach(function (heading) {
    if (heading.classList.contains('visually-hidden')) {
      return;
    }
    var item = document.createElement('li');
    var link = document.createElement('a');
    link.href = '#' + heading.id;
    link.textContent = heading.textContent.trim();
    item.appendChild(link);
    list.appendChild(item);
  });
  if (list.children.length > 1) {
    nav.appendChild(list);
    nav.hidden = false;
  }

  function reveal(id) {
    var target = id && document.getElementById(id);
    if (!target) {
      return;
    }
    for (var node = target; node; node = node.parentElement) {
      if (node.tagName === 'DETAILS') {
        node.open = true;
      }
    }
    if (target.tagName === 'DETAILS') {
      target.open = true;
    }
    target.scrollIntoView();
  }

  document.addEventListener('click', function (event) {
    var link = event.target.closest && event.target.closest('a[href^="#"]');
    if (link && link.getAttribute('href').length > 1) {
      reveal(link.getAttribute('href').substring(1));
    }
  });
  window.addEventListener('hashchange', function () {
    reveal(location.hash.substring(1));
  });
  reveal(location.hash.substring(1));
})();
