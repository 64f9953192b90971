// The mail graph as a picture: ECharts (served from its webjar by this server) draws /api/v1/graph with the
// page's filters; clicking an edge lists its messages, each a link to its document. No inline script: the page
// only carries data-* attributes, so the Content-Security-Policy stays script-src 'self'.
(function () {
  'use strict';
  var box = document.getElementById('mail-graph');
  if (!box || typeof echarts === 'undefined') return;
  var list = document.getElementById('edge-messages');
  var chart = echarts.init(box, null, { renderer: 'canvas' });
  var colours = {};
  var palette = ['#1f5f8b', '#b5523b', '#3b7d3b', '#7a4f9a', '#a07a12', '#2f7f7f', '#8b1f5f'];

  function colour(org) {
    var key = org || '';
    if (!(key in colours)) colours[key] = key === '' ? '#888888' : palette[Object.keys(colours).length % palette.length];
    return colours[key];
  }

  // ECharts writes tooltips as HTML: names come from mail headers, so they are escaped first.
  function escaped(s) {
    return String(s).replace(/[&<>"']/g, function (c) {
      return { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c];
    });
  }

  function text(tag, value) {
    var el = document.createElement(tag);
    el.textContent = value;
    return el;
  }

  function showEdge(edge) {
    list.replaceChildren();
    list.appendChild(text('h2', edge.from + ' \u2192 ' + edge.to + ' \u00b7 ' + edge.messages + ' ' + box.dataset.messages));
    var ul = document.createElement('ul');
    edge.documentIds.forEach(function (id) {
      var li = document.createElement('li');
      var a = text('a', id.substring(0, 12));
      a.href = '/documents/' + encodeURIComponent(id);
      a.className = 'mono';
      li.appendChild(a);
      ul.appendChild(li);
    });
    list.appendChild(ul);
  }

  fetch(box.dataset.src, { credentials: 'same-origin', headers: { Accept: 'application/json' } })
    .then(function (r) { return r.json(); })
    .then(function (g) {
      var degree = {};
      g.edges.forEach(function (e) {
        degree[e.from] = (degree[e.from] || 0) + e.messages;
        degree[e.to] = (degree[e.to] || 0) + e.messages;
      });
      var nodes = g.nodes.map(function (n) {
        return {
          id: n.id,
          name: n.name || n.id,
          value: degree[n.id] || 0,
          symbolSize: 8 + Math.min(30, Math.sqrt(degree[n.id] || 1) * 3),
          itemStyle: { color: colour(n.organisation) },
          tooltip: { formatter: [n.name || n.id, n.id, n.organisation || '', n.level || '']
            .filter(Boolean).map(escaped).join('<br>') }
        };
      });
      var edges = g.edges.map(function (e) {
        return { source: e.from, target: e.to, value: e.messages, edge: e,
                 tooltip: { formatter: escaped(e.from + ' \u2192 ' + e.to + ': ' + e.messages) },
                 lineStyle: { width: 1 + Math.min(8, Math.log(1 + e.messages) * 2) } };
      });
      chart.setOption({
        tooltip: {},
        series: [{
          type: 'graph', layout: 'force', roam: true, draggable: true,
          edgeSymbol: ['none', 'arrow'], edgeSymbolSize: 7,
          label: { show: nodes.length <= 60, position: 'right', fontSize: 11 },
          force: { repulsion: 160, edgeLength: 90 },
          lineStyle: { opacity: 0.6, curveness: 0.15 },
          data: nodes, links: edges
        }]
      });
      box.dataset.nodes = String(nodes.length);
      box.dataset.edges = String(edges.length);
      chart.on('click', function (p) {
        if (p.dataType === 'edge' && p.data && p.data.edge) showEdge(p.data.edge);
      });
      box.dataset.ready = 'true';
    });
  window.addEventListener('resize', function () { chart.resize(); });
})();
