// Small SVG charts drawn by hand: stacked bars, bars, lines and a hexagon map. No library, nothing to download.
// Every chart is an <svg class="chart" data-chart="name">; bars are rect.bar, lines path.line, hexagons polygon.hex.

const NS = "http://www.w3.org/2000/svg";

export function s(tag, attrs = {}, ...children) {
  const element = document.createElementNS(NS, tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === undefined || value === null) continue;
    if (name.startsWith("on") && typeof value === "function") element.addEventListener(name.slice(2), value);
    else element.setAttribute(name, String(value));
  }
  for (const child of children.flat(Infinity)) {
    if (child === undefined || child === null || child === false) continue;
    element.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return element;
}

const title = (text) => s("title", {}, text);

/** A "nice" axis maximum and tick step for values up to `max`. */
function niceScale(max, ticks = 4) {
  if (!(max > 0)) return { top: ticks, step: 1 };
  const raw = max / ticks;
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * magnitude).find((candidate) => candidate >= raw);
  return { top: step * ticks, step };
}

function frame(name, width, height, label) {
  return s("svg", { class: "chart", "data-chart": name, viewBox: `0 0 ${width} ${height}`, role: "img", "aria-label": label });
}

function yAxis(svg, { left, top, plotHeight, plotWidth, scale, format = (v) => v }) {
  for (let value = 0; value <= scale.top + 1e-9; value += scale.step) {
    const y = top + plotHeight - (value / scale.top) * plotHeight;
    svg.append(s("line", { class: "grid-line", x1: left, x2: left + plotWidth, y1: y, y2: y }));
    svg.append(s("text", { x: left - 6, y: y + 4, "text-anchor": "end" }, format(Math.round(value * 100) / 100)));
  }
}

function legend(items) {
  const box = document.createElement("div");
  box.className = "legend";
  for (const { label, colour } of items) {
    const key = document.createElement("span");
    const swatch = document.createElement("i");
    swatch.setAttribute("data-colour", colour);
    key.append(swatch, label);
    box.append(key);
  }
  // Colours are set through the CSSOM (allowed by the page's style-src 'self'), not a style attribute.
  for (const swatch of box.querySelectorAll("i")) swatch.style.background = swatch.getAttribute("data-colour");
  return box;
}

/**
 * Stacked columns, one per category (day): rows [{label, values: {key: n}}], series [{key, label, colour}].
 * Returns a <figure> with the svg and a legend.
 */
export function stackedBars(name, rows, series, { width = 640, height = 240, label = "" } = {}) {
  const left = 36; const top = 10; const bottom = 26; const right = 8;
  const plotWidth = width - left - right; const plotHeight = height - top - bottom;
  const totals = rows.map((row) => series.reduce((sum, one) => sum + (row.values[one.key] || 0), 0));
  const scale = niceScale(Math.max(0, ...totals));
  const svg = frame(name, width, height, label);
  yAxis(svg, { left, top, plotHeight, plotWidth, scale });
  const slot = plotWidth / Math.max(rows.length, 1);
  const barWidth = Math.max(2, slot * 0.7);
  const labelEvery = Math.ceil(rows.length / 10);
  rows.forEach((row, index) => {
    const x = left + index * slot + (slot - barWidth) / 2;
    let y = top + plotHeight;
    for (const one of series) {
      const value = row.values[one.key] || 0;
      if (!value) continue;
      const barHeight = (value / scale.top) * plotHeight;
      y -= barHeight;
      svg.append(s("rect", { class: "bar", "data-series": one.key, x, y, width: barWidth, height: barHeight, fill: one.colour },
        title(`${row.label} ${one.label}：${value}`)));
    }
    if (index % labelEvery === 0) {
      svg.append(s("text", { x: x + barWidth / 2, y: height - 8, "text-anchor": "middle" }, row.short || row.label));
    }
  });
  svg.append(s("line", { class: "axis", x1: left, x2: left + plotWidth, y1: top + plotHeight, y2: top + plotHeight }));
  return figure(svg, legend(series.map((one) => ({ label: one.label, colour: one.colour }))));
}

/** Vertical bars: rows [{label, value, colour?}]. */
export function bars(name, rows, { width = 320, height = 200, colour = "#1565c0", label = "", format } = {}) {
  const left = 36; const top = 14; const bottom = 26; const right = 8;
  const plotWidth = width - left - right; const plotHeight = height - top - bottom;
  const scale = niceScale(Math.max(0, ...rows.map((row) => row.value)));
  const svg = frame(name, width, height, label);
  yAxis(svg, { left, top, plotHeight, plotWidth, scale, format });
  const slot = plotWidth / Math.max(rows.length, 1);
  const barWidth = slot * 0.65;
  rows.forEach((row, index) => {
    const x = left + index * slot + (slot - barWidth) / 2;
    const barHeight = (row.value / scale.top) * plotHeight;
    if (row.value > 0) {
      svg.append(s("rect", { class: "bar", x, y: top + plotHeight - barHeight, width: barWidth, height: barHeight,
        fill: row.colour || colour }, title(`${row.label}：${row.value}`)));
      svg.append(s("text", { x: x + barWidth / 2, y: top + plotHeight - barHeight - 3, "text-anchor": "middle" }, row.value));
    }
    svg.append(s("text", { x: x + barWidth / 2, y: height - 8, "text-anchor": "middle" }, row.label));
  });
  svg.append(s("line", { class: "axis", x1: left, x2: left + plotWidth, y1: top + plotHeight, y2: top + plotHeight }));
  return figure(svg);
}

/** Horizontal bars for ranked categories: rows [{label, value, colour?}]. */
export function hbars(name, rows, { width = 320, rowHeight = 22, colour = "#c62828", label = "" } = {}) {
  const left = 84; const right = 36; const height = Math.max(rows.length, 1) * rowHeight + 8;
  const max = Math.max(1, ...rows.map((row) => row.value));
  const svg = frame(name, width, height, label);
  rows.forEach((row, index) => {
    const y = 4 + index * rowHeight;
    const barWidth = ((width - left - right) * row.value) / max;
    svg.append(s("text", { x: left - 6, y: y + rowHeight / 2 + 4, "text-anchor": "end" }, row.label));
    svg.append(s("rect", { class: "bar", x: left, y: y + 3, width: barWidth, height: rowHeight - 6, fill: row.colour || colour },
      title(`${row.label}：${row.value}`)));
    svg.append(s("text", { x: left + barWidth + 4, y: y + rowHeight / 2 + 4 }, row.value));
  });
  if (!rows.length) svg.append(s("text", { x: width / 2, y: height / 2 + 4, "text-anchor": "middle" }, "无"));
  return figure(svg);
}

/** Lines over days: rows [{label, short, values: {key: n}}], series [{key, label, colour}]. */
export function lines(name, rows, series, { width = 640, height = 220, label = "", cumulative = false, format } = {}) {
  const left = 44; const top = 10; const bottom = 26; const right = 10;
  const plotWidth = width - left - right; const plotHeight = height - top - bottom;
  const values = series.map((one) => {
    let running = 0;
    return rows.map((row) => {
      const value = row.values[one.key] || 0;
      running += value;
      return cumulative ? running : value;
    });
  });
  const scale = niceScale(Math.max(0, ...values.flat()));
  const svg = frame(name, width, height, label);
  yAxis(svg, { left, top, plotHeight, plotWidth, scale, format });
  const step = plotWidth / Math.max(rows.length - 1, 1);
  const x = (index) => left + index * step;
  const y = (value) => top + plotHeight - (Math.max(value, 0) / scale.top) * plotHeight;
  series.forEach((one, seriesIndex) => {
    const points = values[seriesIndex];
    const d = points.map((value, index) => `${index ? "L" : "M"}${x(index).toFixed(1)},${y(value).toFixed(1)}`).join(" ");
    svg.append(s("path", { class: "line", "data-series": one.key, d, fill: "none", stroke: one.colour, "stroke-width": 2 }));
    points.forEach((value, index) => {
      svg.append(s("circle", { cx: x(index), cy: y(value), r: 2.2, fill: one.colour }, title(`${rows[index].label} ${one.label}：${value}`)));
    });
  });
  const labelEvery = Math.ceil(rows.length / 10);
  rows.forEach((row, index) => {
    if (index % labelEvery === 0) svg.append(s("text", { x: x(index), y: height - 8, "text-anchor": "middle" }, row.short || row.label));
  });
  svg.append(s("line", { class: "axis", x1: left, x2: left + plotWidth, y1: top + plotHeight, y2: top + plotHeight }));
  return figure(svg, legend(series.map((one) => ({ label: one.label, colour: one.colour }))));
}

function figure(svg, ...extra) {
  const box = document.createElement("figure");
  box.className = "chart-box";
  box.style.margin = "0";
  box.append(svg, ...extra);
  return box;
}

/** Colour for a count on a white-to-red ramp. */
export function heat(value, max) {
  const t = max > 0 ? Math.min(1, value / max) : 0;
  const mix = (a, b) => Math.round(a + (b - a) * (0.25 + 0.75 * t));
  return `rgb(${mix(255, 198)}, ${mix(224, 40)}, ${mix(178, 40)})`;
}

export { figure, legend };
