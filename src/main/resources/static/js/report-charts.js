// Draws the charts of the steering-group report with ECharts from the figures the server published (after
// small-cell suppression: a hidden count has no bar, only its "<5" or "×"). No inline script: CSP script-src 'self'.
(function () {
  'use strict';
  function draw() {
    var source = document.getElementById('report-charts');
    if (!source || typeof echarts === 'undefined') {
      return;
    }
    var charts = JSON.parse(source.textContent);
    charts.forEach(function (chart) {
      var element = document.querySelector('[data-chart="' + chart.code + '"]');
      if (!element) {
        return;
      }
      var labels = chart.bars.map(function (bar) { return bar.label; }).reverse();
      var values = chart.bars.map(function (bar) { return bar.value === null ? 0 : bar.value; }).reverse();
      var texts = chart.bars.map(function (bar) { return bar.text; }).reverse();
      var instance = echarts.init(element, null, { renderer: 'canvas' });
      instance.setOption({
        animation: false,
        grid: { left: 8, right: 48, top: 8, bottom: 8, containLabel: true },
        xAxis: { type: 'value', minInterval: 1 },
        yAxis: { type: 'category', data: labels, axisLabel: { width: 220, overflow: 'truncate' } },
        series: [{
          type: 'bar',
          data: values,
          itemStyle: { color: '#154273' },
          label: { show: true, position: 'right', formatter: function (p) { return texts[p.dataIndex]; } }
        }]
      });
      window.addEventListener('resize', function () { instance.resize(); });
    });
  }
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', draw);
  } else {
    draw();
  }
}());
