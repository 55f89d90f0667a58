INSERT INTO owner (name, city) SELECT * FROM (VALUES ('George Franklin', 'Madison'), ('Betty Davis', 'Sun Prairie'),
  ('Eduardo Rodriquez', 'McFarland'), ('Harold Davis', 'Windsor'), ('Peter McTavish', 'Madison'), ('Jean Coleman', 'Monona'))
  WHERE NOT EXISTS (SELECT 1 FROM owner);
INSERT INTO pet (name, kind, birth_date, owner_id) SELECT v.n, v.k, v.b, o.id FROM (VALUES
  ('Leo', 'cat', DATE '2020-09-07', 'George Franklin'), ('Basil', 'hamster', DATE '2022-08-06', 'Betty Davis'),
  ('Rosy', 'dog', DATE '2021-04-17', 'Eduardo Rodriquez'), ('Jewel', 'dog', DATE '2020-03-07', 'Eduardo Rodriquez'),
  ('Iggy', 'lizard', DATE '2020-11-30', 'Harold Davis'), ('George', 'snake', DATE '2020-01-20', 'Peter McTavish'),
  ('Samantha', 'cat', DATE '2022-09-04', 'Jean Coleman'), ('Max', 'cat', DATE '2022-09-04', 'Jean Coleman')) v(n, k, b, o)
  JOIN owner o ON o.name = v.o WHERE NOT EXISTS (SELECT 1 FROM pet);
