"""Pure geometry shared by the menu (service areas), matching and orders: H3 cells, distances, coarse points and
the rings that cover a radius. No database, no Flask.

Candidate search stores each volunteer's resolution-9 cell as a 64-bit integer and asks for the cells
near an order. The ring count that covers a radius is computed from the cells actually around the query
point, not from H3's global average edge length: res-9 cells in China are far from regular (neighbour
centres sit 250 to 383 m apart), so a global figure under-counts rings and silently loses volunteers at
the edge of a 3 km search.
"""
from __future__ import annotations

import math
import threading
from functools import lru_cache

import h3
import numpy as np
from geopy.distance import geodesic
from h3.api import basic_int as h3_int

RESOLUTION = 9
EARTH_RADIUS_M = 6_371_008.8  # mean radius (IUGG), the one haversine is usually quoted with

# Slack added to every cell's circumradius. Cell edges are great-circle arcs between the vertices H3
# reports, so the vertex distance is the true maximum; the metre only absorbs float rounding (and the
# vectorised haversine below differing from the scalar one in the last bits).
REACH_SLACK_M = 1.0


def cell_of(lat: float, lng: float) -> int:
    """The resolution-9 H3 cell of a point, as a 64-bit integer (how it is stored and indexed)."""
    return h3.str_to_int(h3.latlng_to_cell(lat, lng, RESOLUTION))


def haversine_m(lat1: float, lng1: float, lat2: float, lng2: float) -> float:
    """Great-circle distance in metres on a sphere: within 0.5% of the geodesic, and fast enough to rank
    thousands of candidates per query."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lng2 - lng1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * EARTH_RADIUS_M * math.asin(min(1.0, math.sqrt(a)))


def haversine_many(lat: float, lng: float, lats, lngs) -> list[float]:
    """haversine_m from one point to many, in one numpy pass (the same formula; equal to the scalar one but for the
    last bits): for the hundreds of index rows a candidate search reads, where a Python haversine per row was a
    large share of its time (bench/RESULTS.md)."""
    if not len(lats):
        return []
    return _haversine_np(math.radians(lat), math.radians(lng), np.radians(np.asarray(lats, dtype=float)),
                         np.radians(np.asarray(lngs, dtype=float))).tolist()


def within(lat1: float, lng1: float, lat2: float, lng2: float, metres: float) -> bool:
    """Whether two points are at most `metres` apart (haversine, the same measure candidate search uses)."""
    return haversine_m(lat1, lng1, lat2, lng2) <= metres


def geodesic_m(lat1: float, lng1: float, lat2: float, lng2: float) -> float:
    """Distance in metres on the WGS-84 ellipsoid. Slower than haversine; for the few checks that are an
    official record (check-in and check-out geofences), where a 0.5% sphere error could decide a case."""
    return geodesic((lat1, lng1), (lat2, lng2)).meters


COARSE_RESOLUTION = 8  # about 460 m average edge: a neighbourhood of a few blocks, not an address
DISTANCE_STEP_M = 100


def coarse_point(lat: float, lng: float) -> tuple[float, float]:
    """A location shown in place of an exact address (api.md, "Trust"): the centre of its resolution-8 H3 cell.

    Snapping to a fixed grid is deterministic, the same for every point in the cell, so no number of queries tells
    two points of one cell apart (unlike added noise, which averages out). The error is at most the cell's
    circumradius, about 400-600 m across China."""
    return h3_int.cell_to_latlng(h3_int.latlng_to_cell(lat, lng, COARSE_RESOLUTION))


def coarse_distance_m(lat: float, lng: float, coarse_lat: float, coarse_lng: float) -> int:
    """The distance a stranger is shown: from their point to the coarse point, rounded to 100 m, so that it says
    nothing finer than the grid does."""
    return DISTANCE_STEP_M * round(haversine_m(lat, lng, coarse_lat, coarse_lng) / DISTANCE_STEP_M)


def _haversine_np(lat1, lng1, lat2, lng2):
    """haversine_m on arrays of radians (the same formula; numpy differs from math in the last bits only)."""
    a = np.sin((lat2 - lat1) / 2) ** 2 + np.cos(lat1) * np.cos(lat2) * np.sin((lng2 - lng1) / 2) ** 2
    return 2 * EARTH_RADIUS_M * np.arcsin(np.sqrt(np.minimum(a, 1.0)))


# Each cell's centre (lat, lng) and reach (the farthest any of its points is from its centre, plus slack), kept for
# the cells searches have met: neighbouring searches share most of their cells. Bounded: emptied when full.
_GEOMETRY: dict[int, tuple[float, float, float]] = {}
_GEOMETRY_MAX = 1 << 18


def _geometry(cells: list[int]) -> np.ndarray:
    """(Under _GROWING.) The geometry of these cells as an (n, 3) array of centre latitude, longitude (degrees) and reach (m). The cells
    not seen before are worked out in one numpy pass over their vertices (a Python haversine per vertex was most of
    the cost of a disk: bench/RESULTS.md)."""
    known = _GEOMETRY
    missing = [cell for cell in cells if cell not in known]
    if missing:
        centres = np.array([h3_int.cell_to_latlng(cell) for cell in missing])
        boundaries = [h3_int.cell_to_boundary(cell) for cell in missing]
        width = max(len(b) for b in boundaries)  # hexagons 6, pentagons 5, cells cut by a face edge up to 10
        vertices = np.radians(np.array([b + b[:1] * (width - len(b)) for b in boundaries]))
        c = np.radians(centres)
        reach = _haversine_np(c[:, :1], c[:, 1:], vertices[..., 0], vertices[..., 1]).max(axis=1) + REACH_SLACK_M
        found = dict(zip(missing, zip(centres[:, 0].tolist(), centres[:, 1].tolist(), reach.tolist())))
        result = np.array([found.get(cell) or known[cell] for cell in cells])
        if len(known) + len(found) > _GEOMETRY_MAX:
            known.clear()
        known.update(found)
        return result
    return np.array([known[cell] for cell in cells])


class _Around:
    """The rings around one origin cell as far out as searches have asked, ring by ring: ids, centres (radians),
    reaches (m); `ends[j]` is where ring j ends in them, and `clearance[j]` a lower bound on the distance from any
    point of the origin to any point of ring j. Grown a ring at a time (under a lock: requests may share it), so the
    two or three reads of one search, each wider than the last, work out each ring once."""

    def __init__(self, origin: int):
        self.origin = origin
        with _GROWING:
            geometry = _geometry([origin])
        self.cells = np.array([origin], dtype=np.uint64)
        self.lat, self.lng, self.reach = np.radians(geometry[:, 0]), np.radians(geometry[:, 1]), geometry[:, 2]
        self.ends = [1]
        self.clearance = [-math.inf]

    def rings_for(self, radius_m: float) -> int:
        """Smallest k whose ring k+1 lies wholly beyond radius_m of every point of the origin.

        That is enough for every k' > k too: a great-circle path from the query point to a cell j > k+1 rings
        out crosses cells whose ring number changes by at most one at each step (cells meeting at an edge or a
        vertex are neighbours), so it passes through ring k+1 and is already longer than radius_m there.
        """
        k = 0
        while True:
            if len(self.clearance) < k + 2:
                self._grow(k + 1)
            if self.clearance[k + 1] > radius_m:
                return k
            k += 1

    def _grow(self, rings: int) -> None:
        with _GROWING:
            while len(self.ends) <= rings:
                ring = h3_int.grid_ring(self.origin, len(self.ends))
                geometry = _geometry(ring)
                lat, lng, reach = np.radians(geometry[:, 0]), np.radians(geometry[:, 1]), geometry[:, 2]
                gap = _haversine_np(self.lat[0], self.lng[0], lat, lng) - reach - self.reach[0]
                self.cells = np.concatenate([self.cells, np.array(ring, dtype=np.uint64)])
                self.lat, self.lng = np.concatenate([self.lat, lat]), np.concatenate([self.lng, lng])
                self.reach = np.concatenate([self.reach, reach])
                self.ends.append(self.ends[-1] + len(ring))  # after the arrays: a reader slices only what is there
                self.clearance.append(float(gap.min()))


# Held while rings grow and while the cells' geometry is read or filled in, which it may empty.
_GROWING = threading.Lock()


@lru_cache(maxsize=1 << 10)
def _around(origin: int) -> _Around:
    """Bounded: 1,024 origins of a few hundred cells each (a few KB an origin at 1.5 km)."""
    return _Around(origin)


def rings_for_radius(lat: float, lng: float, radius_m: float) -> int:
    """The number of grid rings k such that `h3.grid_disk(cell_of(lat, lng), k)` holds every res-9 cell
    with any point within radius_m of (lat, lng). Safe for any point of the origin cell; cached per
    origin cell and whole metre of radius (rounded up, which only ever widens)."""
    return _around(h3_int.latlng_to_cell(lat, lng, RESOLUTION)).rings_for(math.ceil(radius_m))


def cells_within(lat: float, lng: float, radius_m: float) -> list[int]:
    """Integer res-9 cells that may hold a point within radius_m of (lat, lng): the covering disk, less
    the cells whose nearest possible point (centre distance minus reach) is already beyond the radius.
    Every point within the radius has its cell in the list."""
    around = _around(h3_int.latlng_to_cell(lat, lng, RESOLUTION))
    n = around.ends[around.rings_for(math.ceil(radius_m))]
    c_lat, c_lng = around.lat[:n], around.lng[:n]
    q_lat, q_lng = math.radians(lat), math.radians(lng)
    a = np.sin((c_lat - q_lat) / 2) ** 2 + math.cos(q_lat) * np.cos(c_lat) * np.sin((c_lng - q_lng) / 2) ** 2
    centre_m = 2 * EARTH_RADIUS_M * np.arcsin(np.sqrt(np.minimum(a, 1.0)))
    return around.cells[:n][centre_m - around.reach[:n] <= radius_m].tolist()
