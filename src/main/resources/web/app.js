// baocao: drag and drop and upload progress on the import page. Everything works without it too.
document.addEventListener("DOMContentLoaded", function () {
  var form = document.getElementById("form-nhap");
  if (!form) { return; }
  var zone = document.getElementById("vung-tha");
  var input = document.getElementById("tep");
  var names = document.getElementById("ten-tep");
  var bar = document.getElementById("tien-do");
  var status = document.getElementById("trang-thai");
  function show() {
    var list = [];
    for (var i = 0; i < input.files.length; i++) { list.push(input.files[i].name); }
    names.textContent = list.length ? "Đã chọn " + list.length + " tệp: " + list.join(", ") : "";
  }
  input.addEventListener("change", show);
  ["dragenter", "dragover"].forEach(function (t) {
    zone.addEventListener(t, function (e) { e.preventDefault(); zone.classList.add("dang-keo"); });
  });
  ["dragleave", "drop"].forEach(function (t) {
    zone.addEventListener(t, function (e) { e.preventDefault(); zone.classList.remove("dang-keo"); });
  });
  zone.addEventListener("drop", function (e) {
    if (e.dataTransfer && e.dataTransfer.files.length) { input.files = e.dataTransfer.files; show(); }
  });
  // the import runs on the server: each file's outcome is shown as it is decided
  function follow(url) {
    var box = document.getElementById("nhap-truc-tiep");
    box.hidden = false;
    var body = box.querySelector("tbody");
    var summary = document.getElementById("tong-ket-truc-tiep");
    function cell(row, text) {
      var td = document.createElement("td");
      td.textContent = text == null ? "" : text;
      row.appendChild(td);
    }
    function poll() {
      var r = new XMLHttpRequest();
      r.open("GET", url);
      r.addEventListener("load", function () {
        if (r.status !== 200) { status.textContent = "Không theo dõi được lượt nhập (lỗi " + r.status + ")."; return; }
        var p = JSON.parse(r.responseText);
        while (body.firstChild) { body.removeChild(body.firstChild); }
        p.files.forEach(function (f) {
          var row = document.createElement("tr");
          if (f.failed) { row.className = "that-bai"; }
          cell(row, f.name); cell(row, f.outcome); cell(row, f.reason);
          body.appendChild(row);
        });
        bar.value = p.total ? Math.round(100 * p.decided / p.total) : 100;
        if (p.done) {
          status.textContent = "Đã xong.";
          summary.textContent = p.summary;
          box.querySelector("table").id = "ket-qua-nhap";
          summary.id = "tong-ket";
          document.getElementById("xem-da-nhap").hidden = false;
        } else {
          status.textContent = "Đang nhập: " + p.decided + "/" + p.total + " tệp…";
          setTimeout(poll, 400);
        }
      });
      r.addEventListener("error", function () { setTimeout(poll, 1000); });
      r.send();
    }
    poll();
  }
  form.addEventListener("submit", function (e) {
    if (!input.files.length) {
      e.preventDefault();
      status.textContent = "Chưa chọn tệp nào: hãy chọn (hoặc kéo thả) tệp báo cáo hay tệp ZIP rồi bấm «Nhập».";
      status.className = "loi";
      return;
    }
    status.className = "muc";
    if (!window.XMLHttpRequest || !window.FormData) { return; }
    e.preventDefault();
    var xhr = new XMLHttpRequest();
    xhr.open("POST", form.getAttribute("action"));
    xhr.setRequestHeader("X-CSRF-Token", form.getAttribute("data-csrf"));
    xhr.setRequestHeader("X-Baocao-Progress", "1");
    bar.hidden = false;
    status.textContent = "Đang tải lên…";
    xhr.upload.addEventListener("progress", function (ev) {
      if (ev.lengthComputable) {
        bar.value = Math.round(100 * ev.loaded / ev.total);
        status.textContent = "Đang tải lên: " + bar.value + "%";
        if (ev.loaded === ev.total) { status.textContent = "Đã tải lên, đang đọc và nhập các báo cáo…"; }
      }
    });
    xhr.addEventListener("load", function () {
      var job = null;
      try { job = JSON.parse(xhr.responseText); } catch (err) { job = null; }
      if (!job || !job.progress) {
        document.open();
        document.write(xhr.responseText);
        document.close();
        return;
      }
      status.textContent = "Đã tải lên, đang đọc và nhập các báo cáo…";
      follow(job.progress);
    });
    xhr.addEventListener("error", function () { status.textContent = "Không gửi được tệp (mất kết nối tới máy chủ)."; });
    xhr.send(new FormData(form));
  });
});
// the draft page: say that the draft is being made while the server builds it (a few seconds)
document.addEventListener("DOMContentLoaded", function () {
  var form = document.getElementById("form-du-thao");
  var status = document.getElementById("dang-soan");
  if (!form || !status) { return; }
  form.addEventListener("submit", function () {
    status.textContent = "Đang soạn dự thảo từ báo cáo gốc, xin đợi vài giây…";
  });
  var docx = document.getElementById("tai-docx");
  if (docx) {
    docx.addEventListener("click", function () { status.textContent = "Đang tạo tệp DOCX, tệp sẽ tự tải về…"; });
  }
});
