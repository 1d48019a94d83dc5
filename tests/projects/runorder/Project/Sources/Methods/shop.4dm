ALERT(String(cs.Basket.new().add(3).add(4).total))
ALERT(String(cs.Shop.Basket.new().add(1).total))
