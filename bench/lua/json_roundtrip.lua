-- A small JSON encoder/decoder (Lua has none built in), enough for this document.
local function encode(v, out)
  local t = type(v)
  if t == "table" then
    if v[1] ~= nil or next(v) == nil and v.__array then
      out[#out + 1] = "["
      for i = 1, #v do
        if i > 1 then out[#out + 1] = "," end
        encode(v[i], out)
      end
      out[#out + 1] = "]"
    else
      out[#out + 1] = "{"
      local first = true
      for _, k in ipairs(v.__keys) do
        if not first then out[#out + 1] = "," end
        first = false
        out[#out + 1] = '"' .. k .. '":'
        encode(v[k], out)
      end
      out[#out + 1] = "}"
    end
  elseif t == "string" then
    out[#out + 1] = '"' .. v .. '"'
  elseif t == "number" then
    if v == math.floor(v) then out[#out + 1] = string.format("%d", v) else out[#out + 1] = tostring(v) end
  elseif t == "boolean" then
    out[#out + 1] = v and "true" or "false"
  end
end
local function obj(keys, values)
  values.__keys = keys
  return values
end
local function decode(s)
  local pos = 1
  local value
  local function skip() pos = s:find("[^ \t\r\n]", pos) or #s + 1 end
  local function str()
    local e = s:find('"', pos + 1, true)
    local r = s:sub(pos + 1, e - 1)
    pos = e + 1
    return r
  end
  value = function()
    skip()
    local c = s:sub(pos, pos)
    if c == "{" then
      pos = pos + 1
      local keys, vals = {}, {}
      skip()
      if s:sub(pos, pos) == "}" then pos = pos + 1 return obj(keys, vals) end
      while true do
        skip()
        local k = str()
        skip(); pos = pos + 1
        vals[k] = value()
        keys[#keys + 1] = k
        skip()
        local d = s:sub(pos, pos); pos = pos + 1
        if d == "}" then return obj(keys, vals) end
      end
    elseif c == "[" then
      pos = pos + 1
      local arr = {}
      skip()
      if s:sub(pos, pos) == "]" then pos = pos + 1 return arr end
      while true do
        arr[#arr + 1] = value()
        skip()
        local d = s:sub(pos, pos); pos = pos + 1
        if d == "]" then return arr end
      end
    elseif c == '"' then
      return str()
    elseif c == "t" then pos = pos + 4 return true
    elseif c == "f" then pos = pos + 5 return false
    else
      local e = s:find("[,%]}]", pos)
      local n = tonumber(s:sub(pos, e - 1))
      pos = e
      return n
    end
  end
  return value()
end
local items = {}
for i = 1, 100000 do
  items[i] = obj({"id", "name", "price", "tags", "ok"},
    {id = i, name = "item number " .. i, price = i / 4, tags = {"a", "b", "c"}, ok = (i % 2 == 0)})
end
local out = {}
encode(obj({"items"}, {items = items}), out)
local text = table.concat(out)
local back = decode(text)
local out2 = {}
encode(back, out2)
local again = table.concat(out2)
print(#text .. " " .. #back.items .. " " .. ((#again == #text) and "True" or "False"))
