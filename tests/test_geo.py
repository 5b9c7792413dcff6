"""Tests for app.geo: distances, coarsening, and the cells that cover a search radius."""
from __future__ import annotations

import math
import random

from h3.api import basic_int as h3_int

from app import geo

JIEFANGBEI = (29.5586, 106.5772)
SHAPINGBA = (29.5411, 106.4547)
# Widest reach (centre to farthest vertex) of a res-9 cell anywhere in China is ~221 m; a little slack.
MAX_REACH_M = 225.0


def _destination(lat: float, lng: float, bearing_rad: float, distance_m: float) -> tuple[float, float]:
    """The point `distance_m` from (lat, lng) along `bearing_rad`, on the sphere haversine uses."""
    p1, l1 = math.radians(lat), math.radians(lng)
    d = distance_m / geo.EARTH_RADIUS_M
    p2 = math.asin(math.sin(p1) * math.cos(d) + math.cos(p1) * math.sin(d) * math.cos(bearing_rad))
    l2 = l1 + math.atan2(math.sin(bearing_rad) * math.sin(d) * math.cos(p1), math.cos(d) - math.sin(p1) * math.sin(p2))
    return math.degrees(p2), math.degrees(l2)


def _random_query(rng: random.Random) -> tuple[float, float]:
    """A point in China's latitude and longitude band; one in four sits on a corner of its cell, where
    the origin cell's own size matters most."""
    lat, lng = rng.uniform(18, 53), rng.uniform(73, 135)
    if rng.random() < 0.25:
        cell = h3_int.latlng_to_cell(lat, lng, geo.RESOLUTION)
        c_lat, c_lng = h3_int.cell_to_latlng(cell)
        v_lat, v_lng = rng.choice(h3_int.cell_to_boundary(cell))
        lat, lng = v_lat + (c_lat - v_lat) * 1e-3, v_lng + (c_lng - v_lng) * 1e-3
    return lat, lng


def test_cell_of_is_a_res9_integer():
    cell = geo.cell_of(*JIEFANGBEI)
    assert isinstance(cell, int)
    assert h3_int.get_resolution(cell) == 9
    assert cell == h3_int.latlng_to_cell(*JIEFANGBEI, 9)


def test_haversine_known_distance_matches_geodesic():
    d = geo.haversine_m(*JIEFANGBEI, *SHAPINGBA)
    assert 11_500 < d < 12_500
    assert abs(d - geo.geodesic_m(*JIEFANGBEI, *SHAPINGBA)) / geo.geodesic_m(*JIEFANGBEI, *SHAPINGBA) < 0.005


def test_haversine_is_zero_on_a_point_and_symmetric():
    assert geo.haversine_m(*JIEFANGBEI, *JIEFANGBEI) == 0
    assert geo.haversine_m(*JIEFANGBEI, *SHAPINGBA) == geo.haversine_m(*SHAPINGBA, *JIEFANGBEI)


def test_haversine_within_half_a_percent_of_geodesic_across_china():
    rng = random.Random(7)
    for _ in range(200):
        lat, lng = rng.uniform(18, 53), rng.uniform(73, 135)
        other = _destination(lat, lng, rng.uniform(0, 2 * math.pi), rng.uniform(100, 20_000))
        g = geo.geodesic_m(lat, lng, *other)
        assert abs(geo.haversine_m(lat, lng, *other) - g) / g < 0.005


def test_within_is_inclusive_and_matches_a_check_in_geofence():
    inside = _destination(*JIEFANGBEI, 1.0, 299.0)
    outside = _destination(*JIEFANGBEI, 1.0, 301.0)
    assert geo.within(*JIEFANGBEI, *inside, 300)
    assert not geo.within(*JIEFANGBEI, *outside, 300)
    assert geo.within(*JIEFANGBEI, *JIEFANGBEI, 0)
    assert abs(geo.geodesic_m(*JIEFANGBEI, *inside) - 299.0) < 2.0


def test_the_coarse_point_is_a_resolution_8_centre_at_most_about_600_m_away():
    rng = random.Random(11)
    errors = []
    for _ in range(2_000):
        lat, lng = rng.uniform(18, 53), rng.uniform(73, 135)
        coarse = geo.coarse_point(lat, lng)
        assert coarse == geo.coarse_point(lat, lng)
        cell = h3_int.latlng_to_cell(lat, lng, geo.COARSE_RESOLUTION)
        assert coarse == h3_int.cell_to_latlng(cell)
        errors.append(geo.haversine_m(lat, lng, *coarse))
    assert max(errors) <= 650
    assert 200 < sum(errors) / len(errors) < 450


def test_the_coarse_point_is_one_answer_for_every_point_of_a_cell():
    cell = h3_int.latlng_to_cell(*JIEFANGBEI, geo.COARSE_RESOLUTION)
    c_lat, c_lng = h3_int.cell_to_latlng(cell)
    corners = [
        (c_lat + (v_lat - c_lat) * 0.9, c_lng + (v_lng - c_lng) * 0.9) for v_lat, v_lng in h3_int.cell_to_boundary(cell)
    ]
    assert len({geo.coarse_point(lat, lng) for lat, lng in corners + [JIEFANGBEI]}) == 1


def test_a_stranger_s_distance_is_in_whole_hundreds_of_metres():
    coarse = geo.coarse_point(*JIEFANGBEI)
    for metres in (0, 49, 51, 149, 1234):
        distance = geo.coarse_distance_m(coarse[0] + metres / 111_195, coarse[1], *coarse)
        assert distance % 100 == 0 and abs(distance - metres) <= 50


def test_rings_for_radius_grows_with_radius():
    rng = random.Random(3)
    for _ in range(50):
        lat, lng = _random_query(rng)
        rings = [geo.rings_for_radius(lat, lng, r) for r in (0, 100, 200, 500, 1_000, 1_500, 3_000, 5_000)]
        assert rings == sorted(rings)
        assert rings[-1] > rings[3] > 0


def test_rings_for_radius_is_not_wastefully_large():
    # The outermost ring must hold a cell that could come within about one cell of the radius; a ring
    # count from a pessimistic global figure would leave whole rings of useless cells outside that.
    rng = random.Random(5)
    for _ in range(100):
        lat, lng = _random_query(rng)
        radius = rng.uniform(200, 5_000)
        k = geo.rings_for_radius(lat, lng, radius)
        nearest_gap = min(
            geo.haversine_m(lat, lng, *h3_int.cell_to_latlng(cell))
            - max(geo.haversine_m(*h3_int.cell_to_latlng(cell), *v) for v in h3_int.cell_to_boundary(cell))
            for cell in h3_int.grid_ring(geo.cell_of(lat, lng), k)
        )
        assert nearest_gap <= radius + 2 * MAX_REACH_M


def test_cells_within_has_every_cell_with_a_point_in_the_radius():
    """Recall against brute force: volunteers scattered around random queries across China, many of them
    a hair inside or outside the radius; every one haversine puts inside must have its cell listed."""
    rng = random.Random(20240601)
    checked_inside = 0
    for _ in range(300):
        lat, lng = _random_query(rng)
        radius = rng.uniform(200, 5_000)
        listed = set(geo.cells_within(lat, lng, radius))
        assert len(listed) == len(geo.cells_within(lat, lng, radius))  # no duplicates
        assert geo.cell_of(lat, lng) in listed
        distances = [rng.uniform(0, 1.0) ** 0.5 * radius * 1.05 for _ in range(40)]
        distances += [radius * f for f in (1 - 1e-9, 1 - 1e-6, 1 - 1e-4, 0.999, 1.0, 1 + 1e-6, 1.001)] * 6
        for distance in distances:
            point = _destination(lat, lng, rng.uniform(0, 2 * math.pi), distance)
            if geo.haversine_m(lat, lng, *point) <= radius:
                checked_inside += 1
                assert geo.cell_of(*point) in listed, (lat, lng, radius, point)
    assert checked_inside > 15_000


def test_cells_within_prunes_only_cells_beyond_reach():
    lat, lng = JIEFANGBEI
    radius = 1_500
    listed = set(geo.cells_within(lat, lng, radius))
    disk = set(h3_int.grid_disk(geo.cell_of(lat, lng), geo.rings_for_radius(lat, lng, radius)))
    assert listed < disk  # the disk's corners go
    for cell in disk - listed:
        c_lat, c_lng = h3_int.cell_to_latlng(cell)
        assert all(geo.haversine_m(lat, lng, *v) > radius for v in h3_int.cell_to_boundary(cell))
        assert geo.haversine_m(lat, lng, c_lat, c_lng) > radius


def test_cells_within_reuses_the_disk_of_a_cell_it_has_seen():
    """Speed is the benchmark's to show (bench.candidates), not a timed test's: what is tested is that a second
    search from the same cell builds no geometry again."""
    lat, lng = JIEFANGBEI
    first = geo.cells_within(lat, lng, 1_500)
    around, cells_known = geo._around.cache_info(), len(geo._GEOMETRY)
    assert geo.cells_within(lat + 1e-6, lng, 1_500) == first  # same cell, same radius
    assert geo._around.cache_info().hits > around.hits and geo._around.cache_info().misses == around.misses
    assert len(geo._GEOMETRY) == cells_known


def test_the_reads_of_one_search_work_out_each_ring_once():
    """A search reads wider and wider disks around one point: each ring's geometry is worked out once."""
    lat, lng = JIEFANGBEI[0] + 0.01, JIEFANGBEI[1]
    geo.cells_within(lat, lng, 500)
    around = geo._around(geo.cell_of(lat, lng))
    rings = len(around.ends)
    assert geo.cells_within(lat, lng, 1_500) != []
    assert len(around.ends) > rings
    grown = len(around.ends)
    geo.cells_within(lat, lng, 1_000)
    assert len(around.ends) == grown and geo._around(geo.cell_of(lat, lng)) is around



def test_cells_within_is_the_same_when_the_geometry_it_keeps_is_emptied(monkeypatch):
    """The cells' geometry is kept in a bounded dict, emptied when full: a disk met across the emptying is whole."""
    lat, lng = JIEFANGBEI[0] - 0.02, JIEFANGBEI[1] + 0.02
    expected = geo.cells_within(lat, lng, 1_000)
    geo._around.cache_clear()
    geo._GEOMETRY.clear()
    geo.cells_within(lat + 0.003, lng, 200)  # a few of the cells known before the disk below
    monkeypatch.setattr(geo, "_GEOMETRY_MAX", len(geo._GEOMETRY) + 1)
    assert geo.cells_within(lat, lng, 1_000) == expected
    assert len(geo._GEOMETRY) < len(expected) + 50


def test_cells_within_is_the_same_after_the_rings_it_keeps_are_dropped():
    lat, lng = JIEFANGBEI[0] + 0.03, JIEFANGBEI[1] - 0.01
    expected = [geo.cells_within(lat, lng, radius) for radius in (500, 1_500, 800)]
    geo._around.cache_clear()
    assert [geo.cells_within(lat, lng, radius) for radius in (800, 1_500, 500)] == expected[::-1]
