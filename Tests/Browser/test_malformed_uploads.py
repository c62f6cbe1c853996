"""A multipart body is read before anything else of a POST (before the form's token is checked), so
anyone can send one: a part whose header name has a byte past ASCII, which stopped the whole server
inside MultipartKit (found by the web-upload fuzzer), is refused with 400 and says why; the server
keeps serving."""

import requests


def test_a_header_name_past_ascii_is_refused_and_the_server_keeps_serving(server):
    body = (b"--XyZ\r\nContent-Disposition: form-data; name=\"form_token\"\r\n\r\nx\r\n"
            b"--XyZ\r\nContent-Dispositio\xe9: form-data; name=\"file\"\r\n\r\ny\r\n--XyZ--\r\n")
    response = requests.post(server.url + "/sign-in", data=body,
                             headers={"Content-Type": "multipart/form-data; boundary=XyZ"}, allow_redirects=False)
    assert response.status_code == 400
    assert "header of part 2" in response.text and "not ASCII" in response.text
    assert requests.get(server.url + "/sign-in").status_code == 200
    assert server.process.poll() is None
