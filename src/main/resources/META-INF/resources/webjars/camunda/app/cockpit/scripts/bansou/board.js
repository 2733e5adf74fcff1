// bansou's Cockpit plugins (Camunda 7 frontend plugin API): the managers' board of enablement cases, a page per
// case with its charts and timeline, a header link and a dashboard summary. Data: the service's GET /api/board,
// /api/board/cases/{caseNumber} and /api/engagements/{caseNumber}/timeline, called with the Cockpit login.
// Charts: Chart.js from the service's classpath (the chart.js WebJar), no internet needed.

const ROOT = new URL('../../../../../', import.meta.url); // /camunda/app/cockpit/scripts/bansou/ -> /
const CHART_JS = new URL('webjars/chart.js/4.4.1/dist/chart.umd.js', ROOT);
const BOARD_PATH = '/bansou';
const CASE_PATH = '/bansou/case/:caseNumber';
const charts = [];
let chartLibrary;

const STAGE_ORDER = ['INTAKE', 'DIALOGUE', 'INSIGHT', 'BUY_IN', 'SELF_PROPELLED', 'UNDER_CONTRACT', 'CLOSING'];
const ATTENTION = {
  HOURS_AT_WARNING: '工数80%超 (Hours ≥ 80 %)',
  REPLY_BREACHED: 'SLA違反 (Reply breached)',
  GATE_HOLD_PAST_RECHECK: '保留の再確認日超過 (Hold past re-check)',
  RENEWAL_OVERDUE: '更新判断の遅れ (Renewal overdue)'
};
const RENEWAL = {
  NOT_YET: '判断前 (Not yet open)',
  DUE: '判断待ち (Decision due)',
  OVERDUE: '判断遅れ (Overdue)',
  DECIDED: '判断済み (Decided)',
  ENDED: '契約終了 (Ended)'
};

function escape(value) {
  return String(value ?? '').replace(/[&<>"']/g, c => ({'&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;'}[c]));
}

async function api(path) {
  const response = await fetch(new URL(path.replace(/^\//, ''), ROOT), {
    credentials: 'same-origin',
    // marks the call as the page's: a 401 then comes without a Basic challenge (no browser login prompt)
    headers: {Accept: 'application/json', 'X-Requested-With': 'XMLHttpRequest'}
  });
  if (!response.ok) {
    const error = new Error('HTTP ' + response.status);
    error.status = response.status;
    throw error;
  }
  return response.json();
}

/** Chart.js's UMD build, evaluated without Cockpit's AMD loader so that it defines window.Chart. */
function loadChartJs() {
  if (!chartLibrary) {
    chartLibrary = fetch(CHART_JS, {credentials: 'same-origin'})
      .then(response => {
        if (!response.ok) {
          throw new Error('Chart.js: HTTP ' + response.status);
        }
        return response.text();
      })
      .then(source => {
        new Function('define', 'module', 'exports', source)(undefined, undefined, undefined);
        return window.Chart;
      });
  }
  return chartLibrary;
}

function chart(canvas, config) {
  return loadChartJs().then(Chart => {
    const instance = new Chart(canvas, config);
    charts.push(instance);
    return instance;
  }).catch(error => {
    canvas.replaceWith(Object.assign(document.createElement('p'), {
      className: 'text-danger', textContent: 'グラフを表示できません (Cannot draw the chart): ' + error.message
    }));
  });
}

function destroyCharts() {
  while (charts.length) {
    charts.pop().destroy();
  }
}

function hours(minutes) {
  return (minutes / 60).toFixed(1);
}

function date(value) {
  return value ? String(value).substring(0, 10).replace(/-/g, '/') : '–';
}

function dateTime(instant) {
  if (!instant) {
    return '–';
  }
  return new Date(instant).toLocaleString('ja-JP', {
    timeZone: 'Asia/Tokyo', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit'
  });
}

function style() {
  if (document.getElementById('bansou-board-style')) {
    return;
  }
  const css = document.createElement('style');
  css.id = 'bansou-board-style';
  css.textContent = `
    .bansou { padding: 15px 20px; }
    .bansou h2 { margin-top: 0; }
    .bansou-filters { margin: 10px 0; display: flex; gap: 20px; align-items: center; }
    .bansou-scroll { overflow-x: auto; }
    .bansou-table th[data-sort] { cursor: pointer; white-space: nowrap; }
    .bansou-table th[data-sort].sorted-asc::after { content: ' ▲'; }
    .bansou-table th[data-sort].sorted-desc::after { content: ' ▼'; }
    .bansou-table td { vertical-align: top; font-size: 13px; }
    .bansou-table tr.attention td:first-child { border-left: 4px solid #d9534f; }
    .bansou-bar { position: relative; height: 14px; width: 160px; background: #eee; border-radius: 3px; overflow: hidden; }
    .bansou-bar span { position: absolute; left: 0; top: 0; bottom: 0; background: #5cb85c; }
    .bansou-bar.warning span { background: #f0ad4e; }
    .bansou-bar.over span { background: #d9534f; }
    .bansou-bar i { position: absolute; top: 0; bottom: 0; left: 80%; border-left: 1px dashed #333; }
    .bansou-badge { display: inline-block; margin: 1px 2px; padding: 1px 6px; border-radius: 8px; font-size: 11px;
      background: #f2dede; color: #a94442; white-space: nowrap; }
    .bansou-muted { color: #777; font-size: 12px; }
    .bansou-charts { display: grid; grid-template-columns: repeat(auto-fill, minmax(420px, 1fr)); gap: 20px; margin-top: 20px; }
    .bansou-chart { height: 260px; position: relative; border: 1px solid #ddd; padding: 8px; }
    .bansou-chart h4 { margin: 0 0 6px; font-size: 14px; }
    .bansou-chart canvas { max-height: 220px; }
    .bansou-timeline td { font-size: 13px; vertical-align: top; }
    .bansou-summary a { font-size: 16px; }
    .bansou-summary-counts { display: flex; gap: 30px; margin: 10px 0; }
    .bansou-summary-counts a { display: flex; flex-direction: column; text-decoration: none; }
    .bansou-summary-value { font-size: 32px; line-height: 1.1; }
    .bansou-summary-label { font-size: 13px; color: #555; }
  `;
  document.head.appendChild(css);
}

function hoursCell(row) {
  const h = row.hours;
  if (!h) {
    return '<span class="bansou-muted">–</span>';
  }
  const percent = h.percentUsed == null ? 0 : Number(h.percentUsed);
  const kind = h.overCap ? 'over' : h.atWarning ? 'warning' : '';
  return `<div class="bansou-bar ${kind}" title="${escape(percent)} %"><span style="width:${Math.min(percent, 100)}%"></span><i></i></div>
    <div>${hours(h.usedMinutes)} / ${hours(h.capMinutes)} h (${h.percentUsed == null ? '–' : escape(h.percentUsed)} %)
    ${h.period === 'SPOT' ? '<span class="bansou-muted">スポット全体 (whole spot)</span>' : ''}</div>
    ${h.pendingApprovals > 0 ? `<div class="text-warning">承認待ち (Pending) ${h.pendingApprovals} 件 / ${hours(h.pendingMinutes)} h</div>` : ''}`;
}

function repliesCell(row) {
  const r = row.replies;
  return `<div>期限内 (In time) <b>${r.repliedInTime}</b> ・ 違反 (Breached) <b class="${r.breached ? 'text-danger' : ''}">${r.breached}</b>
    ・ 未返信 (Open) <b>${r.open}</b></div>
    <div class="bansou-muted">受付 (Received) ${r.received}${r.openEscalations ? ` ・ <span class="text-danger">未対応エスカレーション (Open escalations) ${r.openEscalations}</span>` : ''}</div>`;
}

function stageCell(row) {
  const gate = row.gate;
  let hold = '';
  if (gate && gate.onHold) {
    hold = `<div class="${gate.pastRecheck ? 'text-danger' : 'bansou-muted'}">ゲート保留 (Gate on hold) 再確認日 (re-check) ${date(gate.recheckOn)}</div>`;
  } else if (gate && gate.overridePending) {
    hold = '<div class="bansou-muted">通過承認待ち (Override pending)</div>';
  }
  return `${escape(row.stageLabel)}<div class="bansou-muted">${row.daysInStage ?? '–'} 日目 (days) ・ ${date(row.stageSince)}〜</div>${hold}`;
}

function termCell(row) {
  const t = row.term;
  if (!t) {
    return '<span class="bansou-muted">契約前 (No contract)</span>';
  }
  const label = t.kind === 'TRIAL' ? '試行 (Trial)' : '更新 (Renewal)';
  return `${label} #${t.seq}: 〜${date(t.endsOn)}
    <div class="${t.renewal === 'OVERDUE' ? 'text-danger' : 'bansou-muted'}">${escape(RENEWAL[t.renewal] || t.renewal)}
    ${t.renewal === 'NOT_YET' ? ' ' + date(t.decisionOpensOn) + '〜' : ''}</div>`;
}

function linksCell(row) {
  const processes = (row.processInstances || []).map(p =>
    `<a href="#/process-instance/${encodeURIComponent(p.id)}/runtime" title="${escape(p.processDefinitionName)}">${escape(p.processDefinitionKey)}</a>`);
  return `<a class="bansou-timeline-link" href="#${BOARD_PATH}/case/${encodeURIComponent(row.caseNumber)}">経緯 (Timeline)</a>
    <div class="bansou-muted">${processes.join(' ・ ') || '–'}</div>`;
}

const SORTS = {
  caseNumber: row => row.caseNumber,
  organisation: row => row.organisation,
  consultant: row => row.consultantName || '',
  plan: row => row.plan || '',
  stage: row => STAGE_ORDER.indexOf(row.stage) * 100000 + (row.daysInStage || 0),
  term: row => row.term ? row.term.endsOn : '9999',
  hours: row => row.hours && row.hours.percentUsed != null ? Number(row.hours.percentUsed) : -1,
  replies: row => row.replies.breached * 1000 + row.replies.openEscalations * 100 + row.replies.open,
  meeting: row => row.nextMeetingAt || '9999',
  attention: row => row.attention.length
};

function boardTable(rows) {
  return rows.map(row => `
    <tr data-case="${escape(row.caseNumber)}" class="${row.attention.length ? 'attention' : ''}">
      <td><a class="bansou-case-link" href="#${BOARD_PATH}/case/${encodeURIComponent(row.caseNumber)}"><b>${escape(row.caseNumber)}</b></a><div>${row.attention.map(a => `<span class="bansou-badge">${escape(ATTENTION[a] || a)}</span>`).join('')}</div></td>
      <td>${escape(row.organisation)}</td>
      <td>${escape(row.consultantName || '–')}</td>
      <td>${escape(row.planLabel || '–')}</td>
      <td class="bansou-stage">${stageCell(row)}</td>
      <td class="bansou-term">${termCell(row)}</td>
      <td class="bansou-hours">${hoursCell(row)}</td>
      <td class="bansou-replies">${repliesCell(row)}</td>
      <td>${dateTime(row.nextMeetingAt)}</td>
      <td>${linksCell(row)}</td>
    </tr>`).join('');
}

function renderBoard(node) {
  style();
  destroyCharts();
  node.innerHTML = `<div class="bansou bansou-board"><h2>伴走支援 (Enablement cases)</h2><p class="bansou-muted">読み込み中… (Loading…)</p></div>`;
  const root = node.firstElementChild;
  api('/api/board').then(board => {
    const consultants = [...new Map(board.cases.filter(row => row.consultant)
      .map(row => [row.consultant, row.consultantName])).entries()].sort((a, b) => a[1].localeCompare(b[1], 'ja'));
    root.innerHTML = `
      <h2>伴走支援 (Enablement cases)</h2>
      <div class="bansou-muted">${escape(board.month)} ・ 対応中の案件 (Open cases) ${board.openCases} 件 ・ 基準日 (as of) ${dateTime(board.asOf)}</div>
      <div class="bansou-filters">
        <label>担当 (Consultant)
          <select class="form-control input-sm bansou-consultant" style="display:inline-block;width:auto">
            <option value="">すべて (All)</option>
            ${consultants.map(([id, name]) => `<option value="${escape(id)}">${escape(name)}</option>`).join('')}
          </select></label>
        <label><input type="checkbox" class="bansou-attention"> 要注意のみ (Needs attention only)</label>
        <span class="bansou-count bansou-muted"></span>
      </div>
      <div class="bansou-scroll"><table class="table table-bordered table-condensed bansou-table">
        <thead><tr>
          <th data-sort="caseNumber">案件 (Case)</th><th data-sort="organisation">組織 (Organisation)</th>
          <th data-sort="consultant">担当 (Consultant)</th><th data-sort="plan">プラン (Plan)</th>
          <th data-sort="stage">ステージ (Stage)</th><th data-sort="term">契約期間 (Term)</th>
          <th data-sort="hours">今月の工数 (Hours this month)</th><th data-sort="replies">今月の返信 (Replies this month)</th>
          <th data-sort="meeting">次回定例 (Next meeting)</th><th>リンク (Links)</th>
        </tr></thead>
        <tbody></tbody>
      </table></div>
      <div class="bansou-charts">
        <div class="bansou-chart"><h4>返信SLA遵守率 (Reply SLA compliance), 12か月 (months)</h4><canvas class="bansou-chart-sla"></canvas></div>
        <div class="bansou-chart"><h4>ステージ別の案件数 (Cases by stage)</h4><canvas class="bansou-chart-stages"></canvas></div>
        <div class="bansou-chart"><h4>担当別エスカレーション (Escalations by consultant), 12か月 (months)</h4><canvas class="bansou-chart-escalations"></canvas></div>
        <div class="bansou-chart"><h4>今月の工数と上限 (Hours used vs cap this month)</h4><canvas class="bansou-chart-hours"></canvas></div>
      </div>`;
    const state = {key: 'attention', direction: -1};
    const tbody = root.querySelector('tbody');
    const consultant = root.querySelector('.bansou-consultant');
    const attention = root.querySelector('.bansou-attention');
    const show = () => {
      const rows = board.cases
        .filter(row => !consultant.value || row.consultant === consultant.value)
        .filter(row => !attention.checked || row.attention.length > 0)
        .sort((a, b) => {
          const x = SORTS[state.key](a);
          const y = SORTS[state.key](b);
          return (x < y ? -1 : x > y ? 1 : a.caseNumber.localeCompare(b.caseNumber)) * state.direction;
        });
      tbody.innerHTML = boardTable(rows);
      root.querySelector('.bansou-count').textContent = `${rows.length} 件表示 (shown)`;
      root.querySelectorAll('th[data-sort]').forEach(th => {
        th.classList.toggle('sorted-asc', th.dataset.sort === state.key && state.direction > 0);
        th.classList.toggle('sorted-desc', th.dataset.sort === state.key && state.direction < 0);
      });
    };
    root.querySelectorAll('th[data-sort]').forEach(th => th.addEventListener('click', () => {
      state.direction = state.key === th.dataset.sort ? -state.direction : 1;
      state.key = th.dataset.sort;
      show();
    }));
    consultant.addEventListener('change', show);
    attention.addEventListener('change', show);
    show();
    boardCharts(root, board);
  }).catch(error => {
    root.innerHTML = error.status === 403
      ? '<h2>伴走支援 (Enablement cases)</h2><p>マネージャーのみ閲覧できます (For managers only).</p>'
      : `<h2>伴走支援 (Enablement cases)</h2><p class="text-danger">読み込めません (Cannot load the board): ${escape(error.message)}</p>`;
  });
}

function boardCharts(root, board) {
  const sla = board.slaByMonth;
  chart(root.querySelector('.bansou-chart-sla'), {
    data: {
      labels: sla.map(m => m.month + (m.closed ? '' : ' *')),
      datasets: [
        {type: 'line', label: '遵守率 % (Compliance)', data: sla.map(m => m.compliancePercent), yAxisID: 'percent',
          borderColor: '#337ab7', spanGaps: true},
        {type: 'bar', label: '期限内 (In time)', data: sla.map(m => m.repliedInTime), backgroundColor: '#5cb85c', stack: 'n'},
        {type: 'bar', label: '違反 (Breached)', data: sla.map(m => m.breached), backgroundColor: '#d9534f', stack: 'n'}
      ]
    },
    options: {maintainAspectRatio: false, scales: {
      y: {stacked: true, beginAtZero: true, title: {display: true, text: '件 (consultations)'}},
      x: {stacked: true},
      percent: {position: 'right', min: 0, max: 100, grid: {drawOnChartArea: false}}
    }}
  });
  chart(root.querySelector('.bansou-chart-stages'), {
    type: 'bar',
    data: {labels: board.casesByStage.map(s => s.label), datasets: [
      {label: '案件 (Cases)', data: board.casesByStage.map(s => s.cases), backgroundColor: '#337ab7'}]},
    options: {indexAxis: 'y', maintainAspectRatio: false, plugins: {legend: {display: false}},
      scales: {x: {beginAtZero: true, ticks: {precision: 0}}}}
  });
  const escalations = board.escalationsByConsultant;
  chart(root.querySelector('.bansou-chart-escalations'), {
    type: 'bar',
    data: {labels: escalations.map(e => e.consultantName), datasets: [
      {label: '未対応 (Open)', data: escalations.map(e => e.open), backgroundColor: '#d9534f'},
      {label: '対応済み (Handled)', data: escalations.map(e => e.handled), backgroundColor: '#999'}]},
    options: {maintainAspectRatio: false, scales: {x: {stacked: true}, y: {stacked: true, beginAtZero: true, ticks: {precision: 0}}}}
  });
  const withHours = board.cases.filter(row => row.hours && row.hours.capMinutes > 0).slice(0, 40);
  chart(root.querySelector('.bansou-chart-hours'), {
    type: 'bar',
    data: {labels: withHours.map(row => row.caseNumber), datasets: [
      {label: '使用 h (Used)', data: withHours.map(row => row.hours.usedMinutes / 60),
        backgroundColor: withHours.map(row => row.hours.overCap ? '#d9534f' : row.hours.atWarning ? '#f0ad4e' : '#5cb85c')},
      {label: '上限 h (Cap)', data: withHours.map(row => row.hours.capMinutes / 60), backgroundColor: '#ddd'}]},
    options: {maintainAspectRatio: false, scales: {y: {beginAtZero: true}}}
  });
}

function caseNumberFromUrl() {
  const match = /#\/bansou\/case\/([^/?]+)/.exec(window.location.hash);
  return match ? decodeURIComponent(match[1]) : null;
}

function renderCase(node) {
  style();
  destroyCharts();
  const caseNumber = caseNumberFromUrl();
  node.innerHTML = `<div class="bansou bansou-case">
    <a href="#${BOARD_PATH}">← 伴走支援 (Enablement cases)</a>
    <h2>${escape(caseNumber)} <small class="bansou-organisation"></small></h2>
    <div class="bansou-charts">
      <div class="bansou-chart"><h4>月別の工数と上限 (Hours used vs cap by month)</h4><canvas class="bansou-chart-months"></canvas></div>
      <div class="bansou-chart"><h4>今月の残り工数 (Burn-down this month)</h4><canvas class="bansou-chart-burndown"></canvas></div>
      <div class="bansou-chart"><h4>自走化の推移 (Self-propulsion trend): 計画支援量と実績 (planned support vs hours used)、クライアント主導のレビュー (client-run reviews)</h4><canvas class="bansou-chart-trend"></canvas></div>
    </div>
    <h3>経緯 (Timeline)</h3>
    <div class="bansou-pager"></div>
    <table class="table table-condensed bansou-timeline"><thead><tr>
      <th>日時 (When)</th><th>出来事 (Event)</th><th>内容 (Summary)</th><th>担当 (By)</th><th>出所 (Source)</th>
    </tr></thead><tbody></tbody></table>
  </div>`;
  const root = node.firstElementChild;
  api('/api/board/cases/' + encodeURIComponent(caseNumber)).then(trend => {
    root.querySelector('.bansou-organisation').textContent = trend.organisation;
    caseCharts(root, trend);
  }).catch(error => {
    root.querySelector('.bansou-charts').innerHTML = `<p class="text-danger">グラフを読み込めません (Cannot load the charts): ${escape(error.message)}</p>`;
  });
  timelinePage(root, caseNumber, 0);
}

function caseCharts(root, trend) {
  const months = trend.months;
  chart(root.querySelector('.bansou-chart-months'), {
    type: 'bar',
    data: {labels: months.map(m => m.month), datasets: [
      {label: '使用 h (Used)', data: months.map(m => m.usedMinutes / 60), backgroundColor: '#337ab7'},
      {label: '上限 h (Cap)', data: months.map(m => m.capMinutes / 60), backgroundColor: '#ddd'}]},
    options: {maintainAspectRatio: false, scales: {y: {beginAtZero: true}}}
  });
  const days = trend.burnDown;
  chart(root.querySelector('.bansou-chart-burndown'), {
    type: 'line',
    data: {labels: days.map(d => d.date.substring(5)), datasets: [
      {label: '残り h (Remaining)', data: days.map(d => d.remainingMinutes / 60), borderColor: '#d9534f', stepped: true},
      {label: '使用 h (Used)', data: days.map(d => d.usedMinutes / 60), borderColor: '#337ab7', stepped: true}]},
    options: {maintainAspectRatio: false, scales: {y: {beginAtZero: true, suggestedMax: trend.currentCapMinutes / 60}}}
  });
  chart(root.querySelector('.bansou-chart-trend'), {
    data: {labels: months.map(m => m.month), datasets: [
      {type: 'line', label: '計画支援量 h (Planned support)', data: months.map(m => m.plannedSupportHours), borderColor: '#f0ad4e', spanGaps: true},
      {type: 'line', label: '実績 h (Hours used)', data: months.map(m => m.usedMinutes / 60), borderColor: '#337ab7'},
      {type: 'bar', label: 'レビュー (Reviews)', data: months.map(m => m.reviewCycles - m.reviewCyclesWithoutConsultant), backgroundColor: '#ccc', yAxisID: 'reviews', stack: 'r'},
      {type: 'bar', label: 'クライアントのみ (Client alone)', data: months.map(m => m.reviewCyclesWithoutConsultant), backgroundColor: '#5cb85c', yAxisID: 'reviews', stack: 'r'}]},
    options: {maintainAspectRatio: false, scales: {y: {beginAtZero: true, title: {display: true, text: 'h'}},
      reviews: {position: 'right', beginAtZero: true, stacked: true, ticks: {precision: 0}, grid: {drawOnChartArea: false}}}}
  });
}

function timelinePage(root, caseNumber, page) {
  const size = 50;
  api(`/api/engagements/${encodeURIComponent(caseNumber)}/timeline?page=${page}&size=${size}`).then(timeline => {
    root.querySelector('.bansou-timeline tbody').innerHTML = timeline.events.map(event => `
      <tr data-kind="${escape(event.kind)}"><td style="white-space:nowrap">${dateTime(event.at)}</td>
        <td>${escape(event.title)}</td><td>${escape(event.summary)}</td><td>${escape(event.actorName || '')}</td>
        <td class="bansou-muted">${event.source === 'ENGINE' ? 'エンジン (Engine)' : 'サービス (Service)'}</td></tr>`).join('');
    const pager = root.querySelector('.bansou-pager');
    pager.innerHTML = `<span class="bansou-muted">${timeline.totalEvents} 件中 (of) ${timeline.events.length ? page * size + 1 : 0}–${page * size + timeline.events.length}</span>
      <button class="btn btn-default btn-xs bansou-prev" ${page === 0 ? 'disabled' : ''}>前へ (Previous)</button>
      <button class="btn btn-default btn-xs bansou-next" ${page + 1 >= timeline.totalPages ? 'disabled' : ''}>次へ (Next)</button>`;
    pager.querySelector('.bansou-prev').addEventListener('click', () => timelinePage(root, caseNumber, page - 1));
    pager.querySelector('.bansou-next').addEventListener('click', () => timelinePage(root, caseNumber, page + 1));
  }).catch(error => {
    root.querySelector('.bansou-timeline tbody').innerHTML =
      `<tr><td colspan="5" class="text-danger">経緯を読み込めません (Cannot load the timeline): ${escape(error.message)}</td></tr>`;
  });
}

/** The dashboard card: live counts from the board, each linking to it. */
function renderDashboard(node) {
  style();
  node.innerHTML = `<section class="bansou-summary"><h3 class="section-title">伴走支援 (Enablement cases)</h3>
    <div class="bansou-summary-counts"><p class="bansou-muted">読み込み中… (Loading…)</p></div>
    <p><a href="#${BOARD_PATH}">案件ボード (Case board)</a>: 工数・返信SLA・ステージ・更新判断 (hours, reply SLA, stages, renewals)</p></section>`;
  const counts = node.querySelector('.bansou-summary-counts');
  api('/api/board').then(board => {
    const attention = board.cases.filter(row => row.attention.length > 0).length;
    const thisMonth = board.slaByMonth[board.slaByMonth.length - 1];
    const count = (kind, label, value, alarm) => `<a href="#${BOARD_PATH}" class="bansou-summary-${kind}">
      <span class="bansou-summary-value ${alarm && value > 0 ? 'text-danger' : ''}">${value}</span>
      <span class="bansou-summary-label">${label}</span></a>`;
    counts.innerHTML = count('open', '対応中の案件 (Open cases)', board.openCases, false)
      + count('attention', '要注意 (Needs attention)', attention, true)
      + count('breaches', '今月のSLA違反 (Breaches this month)', thisMonth ? thisMonth.breached : 0, true);
  }).catch(error => {
    counts.innerHTML = error.status === 403
      ? '<p class="bansou-muted">マネージャーのみ (For managers only)</p>'
      : `<p class="text-danger">読み込めません (Cannot load): ${escape(error.message)}</p>`;
  });
}

export default [
  {
    id: 'bansou.navigation',
    pluginPoint: 'cockpit.navigation',
    priority: 50,
    render: node => {
      node.innerHTML = `<a href="#${BOARD_PATH}">伴走支援 (Enablement cases)</a>`;
    },
    properties: {path: BOARD_PATH, checkActive: url => url.indexOf('#' + BOARD_PATH) > -1}
  },
  {
    id: 'bansou.board',
    pluginPoint: 'cockpit.route',
    priority: 0,
    render: renderBoard,
    unmount: destroyCharts,
    properties: {path: BOARD_PATH, label: '伴走支援 (Enablement cases)'}
  },
  {
    id: 'bansou.case',
    pluginPoint: 'cockpit.route',
    priority: 0,
    render: renderCase,
    unmount: destroyCharts,
    properties: {path: CASE_PATH, label: '案件の経緯 (Case timeline)'}
  },
  {
    id: 'bansou.dashboard',
    pluginPoint: 'cockpit.dashboard',
    priority: 100,
    render: renderDashboard
  }
];
