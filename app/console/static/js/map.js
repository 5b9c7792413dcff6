// The community drawn as SVG, without a tile server: a local equirectangular projection around the community's
// centre (metres east and north, exact enough over a few kilometres), the service area as a circle, a 500 m grid
// and a scale bar. Layers: volunteers, orders, hexagons, a picked point.

import { s } from "./charts.js";

const METRES_PER_DEGREE_LAT = 110_574;
const METRES_PER_DEGREE_LNG_AT_EQUATOR = 111_320;

export function projection(centre, extentM, size) {
  const kx = METRES_PER_DEGREE_LNG_AT_EQUATOR * Math.cos((centre.lat * Math.PI) / 180);
  const ky = METRES_PER_DEGREE_LAT;
  const scale = size / 2 / extentM; // pixels per metre
  return {
    scale,
    x: (lng) => size / 2 + (lng - centre.lng) * kx * scale,
    y: (lat) => size / 2 - (lat - centre.lat) * ky * scale,
    metres: (m) => m * scale,
    invert: (x, y) => ({ lat: centre.lat - (y - size / 2) / scale / ky, lng: centre.lng + (x - size / 2) / scale / kx }),
    distance: (lat, lng) => Math.hypot((lng - centre.lng) * kx, (lat - centre.lat) * ky),
  };
}

/**
 * A community map. community {lat, lng, radius_m, name}; layers:
 * volunteers [{id, lat, lng, live, candidate, label}], orders [{id, lat, lng, kind, selected, label}],
 * hexagons [{boundary: [[lat, lng]...], fill, label}], rings [{lat, lng, radius_m}], pick {lat, lng};
 * onPick(lat, lng) makes the map clickable; onOrder(id) makes orders clickable.
 */
export function communityMap(community, layers = {}, { size = 520, name = "community-map", onPick, onOrder } = {}) {
  const points = [...(layers.volunteers || []), ...(layers.orders || [])];
  const centre = { lat: community.lat, lng: community.lng };
  const base = projection(centre, 1, 1);
  const farthest = Math.max(0, ...points.map((p) => base.distance(p.lat, p.lng)));
  const extent = Math.min(Math.max(community.radius_m * 1.12, farthest * 1.06), community.radius_m * 2.2);
  const p = projection(centre, extent, size);
  const svg = s("svg", { class: "map", "data-map": name, viewBox: `0 0 ${size} ${size}`, role: "img",
    "aria-label": `${community.name || "社区"}地图` });

  for (let m = -Math.floor(extent / 500) * 500; m <= extent; m += 500) {
    const offset = p.metres(m);
    svg.append(s("line", { class: "grid-line", x1: size / 2 + offset, x2: size / 2 + offset, y1: 0, y2: size }));
    svg.append(s("line", { class: "grid-line", y1: size / 2 + offset, y2: size / 2 + offset, x1: 0, x2: size }));
  }
  svg.append(s("circle", { class: "area", "data-layer": "service-area", cx: size / 2, cy: size / 2, r: p.metres(community.radius_m) },
    s("title", {}, `服务范围 ${community.radius_m} 米`)));

  const hexes = s("g", { "data-layer": "hexagons" });
  for (const hex of layers.hexagons || []) {
    const pointsAttr = hex.boundary.map(([lat, lng]) => `${p.x(lng).toFixed(1)},${p.y(lat).toFixed(1)}`).join(" ");
    hexes.append(s("polygon", { class: "hex", points: pointsAttr, fill: hex.fill, "fill-opacity": 0.85 }, s("title", {}, hex.label)));
  }
  svg.append(hexes);

  for (const ring of layers.rings || []) {
    svg.append(s("circle", { class: "search-ring", cx: p.x(ring.lng), cy: p.y(ring.lat), r: p.metres(ring.radius_m) },
      s("title", {}, `匹配半径 ${ring.radius_m} 米`)));
  }
  svg.append(s("path", { class: "centre", d: `M${size / 2 - 5},${size / 2} L${size / 2},${size / 2 - 5} L${size / 2 + 5},${size / 2} L${size / 2},${size / 2 + 5} Z` },
    s("title", {}, `${community.name || ""} 社区中心`)));

  const volunteers = s("g", { "data-layer": "volunteers" });
  for (const v of layers.volunteers || []) {
    const classes = ["volunteer", v.live ? "live" : "", v.candidate ? "candidate" : ""].filter(Boolean).join(" ");
    volunteers.append(s("circle", { class: classes, "data-volunteer-id": v.id, cx: p.x(v.lng), cy: p.y(v.lat), r: v.candidate ? 5.5 : 3.2 },
      s("title", {}, v.label || `志愿者 ${v.id}`)));
  }
  svg.append(volunteers);

  const orders = s("g", { "data-layer": "orders" });
  for (const o of layers.orders || []) {
    const attrs = { class: `order ${o.kind}${o.selected ? " selected" : ""}`, "data-order-id": o.id, cx: p.x(o.lng), cy: p.y(o.lat), r: o.selected ? 8 : 6 };
    if (onOrder) attrs.onclick = () => onOrder(o.id);
    orders.append(s("circle", attrs, s("title", {}, o.label || `订单 ${o.id}`)));
  }
  svg.append(orders);

  if (layers.pick) {
    svg.append(s("circle", { class: "pick", "data-layer": "pick", cx: p.x(layers.pick.lng), cy: p.y(layers.pick.lat), r: 7 }));
  }

  const barMetres = extent > 1500 ? 1000 : 500;
  const barLength = p.metres(barMetres);
  svg.append(s("line", { class: "axis", x1: 12, x2: 12 + barLength, y1: size - 14, y2: size - 14, "stroke-width": 2 }));
  svg.append(s("text", { x: 12, y: size - 20 }, `${barMetres} 米`));
  svg.append(s("text", { x: size - 12, y: 18, "text-anchor": "end" }, "北 ↑"));

  if (onPick) {
    svg.classList.add("pickable");
    svg.addEventListener("click", (event) => {
      const box = svg.getBoundingClientRect();
      const x = ((event.clientX - box.left) / box.width) * size;
      const y = ((event.clientY - box.top) / box.height) * size;
      const { lat, lng } = p.invert(x, y);
      onPick(Math.round(lat * 1e6) / 1e6, Math.round(lng * 1e6) / 1e6);
    });
  }
  return svg;
}

/** Whether a point is inside the community's service area (the same flat measure the map draws). */
export function insideArea(community, lat, lng) {
  return projection({ lat: community.lat, lng: community.lng }, 1, 1).distance(lat, lng) <= community.radius_m;
}
