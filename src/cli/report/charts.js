// Draws the report's charts with Chart.js (inlined before this script) from the JSON in #report-data.
// Plain JavaScript: it runs as-is inside the report file. The tables carry the same numbers, so a failure here
// leaves a readable report and says so.
(function () {
  var data = JSON.parse(document.getElementById('report-data').textContent);
  var BEFORE = '#c2410c';
  var AFTER = '#0f766e';
  var LINES = ['#c2410c', '#0f766e', '#6d28d9', '#b45309', '#1d4ed8', '#be185d'];
  var base = { animation: false, responsive: true, maintainAspectRatio: false };
  function draw(id, config) {
    var canvas = document.getElementById(id);
    if (canvas) new Chart(canvas, config);
  }
  try {
    var pairs = function (chart, label, color) {
      var sets = [{ label: data.compared ? 'Now' : label, data: chart.before, backgroundColor: BEFORE }];
      if (chart.after) sets.push({ label: 'With the compared pack', data: chart.after, backgroundColor: AFTER });
      return sets;
    };
    draw('chart-rules', {
      type: 'bar',
      data: { labels: data.rules.labels, datasets: pairs(data.rules, '% of replies') },
      options: Object.assign({}, base, {
        indexAxis: 'y',
        scales: { x: { beginAtZero: true, title: { display: true, text: '% of replies' } } },
        plugins: { legend: { display: !!data.compared } },
      }),
    });
    draw('chart-warmth', {
      type: 'bar',
      data: { labels: data.warmth.labels, datasets: pairs(data.warmth, 'Replies') },
      options: Object.assign({}, base, {
        scales: { y: { beginAtZero: true, title: { display: true, text: 'replies' } }, x: { title: { display: true, text: 'warmth score' } } },
        plugins: { legend: { display: !!data.compared } },
      }),
    });
    if (data.weeks) {
      draw('chart-weeks', {
        type: 'line',
        data: {
          labels: data.weeks.labels,
          datasets: data.weeks.series.map(function (s, i) {
            return { label: s.rule, data: s.shares, borderColor: LINES[i % LINES.length], backgroundColor: LINES[i % LINES.length], tension: 0.2 };
          }),
        },
        options: Object.assign({}, base, { scales: { y: { beginAtZero: true, title: { display: true, text: '% of the week\u2019s replies' } } } }),
      });
    }
    document.body.setAttribute('data-charts', 'drawn');
  } catch (e) {
    document.body.setAttribute('data-charts', 'failed');
    var note = document.createElement('p');
    note.className = 'note';
    note.textContent = 'The charts could not be drawn (' + e.message + '); the tables have the same numbers.';
    document.querySelector('main').prepend(note);
  }
})();
