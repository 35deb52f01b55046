<fmt:message key="import.title" var="title"/>
<t:layout title="${title}" active="barang">
<div class="page-head">
    <h1 class="page-title"><c:out value="${title}"/></h1>
    <div class="page-actions">
        <a class="btn" href="<c:url value='/barang'/>"><fmt:message key="common.back"/></a>
        <a class="btn" href="<c:url value='/barang/ekspor'/>"><fmt:message key="export.products"/></a>
    </div>
</div>
<form class="card form" method="post" action="<c:url value='/barang/impor'/>" enctype="multipart/form-data" id="import-form" data-progress="import-progress">
    <t:csrf/>
    <div class="field${empty fileError ? '' : ' invalid'}">
        <label for="f-file"><fmt:message key="import.file"/></label>
        <input id="f-file" type="file" name="file" accept=".csv,text/csv" required>
        <div class="hint"><fmt:message key="import.hint"/> <code class="csv-columns"><c:out value="${csvColumns}"/></code>. <fmt:message key="import.hintNumbers"/></div>
        <c:if test="${not empty fileError}"><div class="error"><fmt:message key="${fileError}"/></div></c:if>
    </div>
    <button type="submit" class="btn btn-primary"><fmt:message key="import.preview"/></button>
    <p class="alert alert-info progress-note" id="import-progress" role="status" hidden><span class="spinner" aria-hidden="true"></span><fmt:message key="import.progress"/></p>
</form>
<c:if test="${not empty preview}">
    <h2 class="section-title"><fmt:message key="import.previewOf"><fmt:param value="${preview.fileName()}"/></fmt:message></h2>
    <c:choose>
    <c:when test="${not empty preview.fileError()}">
        <fmt:message key="${preview.fileError()}" var="fileErrorText"><fmt:param value="${preview.fileErrorArgument()}"/></fmt:message>
        <div class="alert alert-error" role="alert" id="import-file-error"><c:out value="${fileErrorText}"/></div>
    </c:when>
    <c:otherwise>
        <div class="cards">
            <div class="card stat"><span class="stat-value" id="import-new"><c:out value="${preview.newProducts()}"/></span><span class="stat-label"><fmt:message key="import.new"/></span></div>
            <div class="card stat"><span class="stat-value" id="import-changed"><c:out value="${preview.changedProducts()}"/></span><span class="stat-label"><fmt:message key="import.changed"/></span></div>
            <div class="card stat"><span class="stat-value" id="import-errors"><c:out value="${fn:length(preview.errors())}"/></span><span class="stat-label"><fmt:message key="import.errors"/></span></div>
        </div>
        <c:if test="${not empty preview.errors()}">
        <div class="table-wrap">
        <table class="data" id="import-error-rows">
            <thead><tr><th class="num"><fmt:message key="import.line"/></th><th><fmt:message key="product.name"/></th><th><fmt:message key="import.problem"/></th></tr></thead>
            <tbody>
            <c:forEach items="${preview.errors()}" var="r">
                <tr class="low">
                    <td class="num"><c:out value="${r.line()}"/></td>
                    <td><c:out value="${r.name()}"/></td>
                    <td><fmt:message key="${r.error()}" var="rowError"><fmt:param value="${r.errorArgument()}"/></fmt:message><c:out value="${rowError}"/></td>
                </tr>
            </c:forEach>
            </tbody>
        </table>
        </div>
        </c:if>
        <c:if test="${not empty preview.valid()}">
        <form class="actions" method="post" action="<c:url value='/barang/impor/simpan'/>" id="import-confirm" data-progress="import-save-progress">
            <t:csrf/><input type="hidden" name="token" value="<c:out value='${preview.token()}'/>">
            <button type="submit" class="btn btn-success"><fmt:message key="import.confirm"><fmt:param value="${fn:length(preview.valid())}"/></fmt:message></button>
            <span class="muted"><fmt:message key="import.nothingYet"/></span>
            <p class="alert alert-info progress-note" id="import-save-progress" role="status" hidden><span class="spinner" aria-hidden="true"></span><fmt:message key="import.saveProgress"/></p>
        </form>
        <div class="table-wrap">
        <table class="data" id="import-sample">
            <thead><tr>
                <th class="num"><fmt:message key="import.line"/></th>
                <th><fmt:message key="product.name"/></th>
                <th><fmt:message key="product.category"/></th>
                <th><fmt:message key="product.unit"/></th>
                <th class="num"><fmt:message key="product.costPrice"/></th>
                <th class="num"><fmt:message key="product.sellPrice"/></th>
                <th class="num"><fmt:message key="import.openingStock"/></th>
                <th></th>
            </tr></thead>
            <tbody>
            <c:forEach items="${preview.sample()}" var="r">
                <tr>
                    <td class="num"><c:out value="${r.line()}"/></td>
                    <td class="name"><c:out value="${r.name()}"/></td>
                    <td><c:out value="${r.category()}"/></td>
                    <td><c:out value="${r.unit()}"/></td>
                    <td class="num money"><c:out value="${cermin:rupiah(r.costPrice())}"/></td>
                    <td class="num money"><c:out value="${cermin:rupiah(r.sellPrice())}"/></td>
                    <td class="num"><c:if test="${r.isNew()}"><c:out value="${cermin:qty(r.openingStock())}"/></c:if></td>
                    <td><span class="badge ${r.isNew() ? 'badge-ok' : ''}"><fmt:message key="${r.isNew() ? 'import.isNew' : 'import.isChange'}"/></span></td>
                </tr>
            </c:forEach>
            </tbody>
        </table>
        </div>
        </c:if>
    </c:otherwise>
    </c:choose>
</c:if>
</t:layout>
